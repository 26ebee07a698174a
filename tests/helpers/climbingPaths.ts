import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The repository's root: everything a test, a script or the app reads must be under it. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** What the static scan reads: the app, the tests, the scripts and the configuration files at the top. */
export const SCANNED_FOLDERS = ['electron', 'shared', 'renderer', 'tests', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const NOT_SOURCE = new Set(['node_modules', 'out', 'dist', 'test-results']);

export interface ClimbingPath {
  /** The file, relative to the root, and the 1-based line. */
  file: string;
  line: number;
  /** The code as written, and the path it resolves to (relative to the root, so it starts with ".."). */
  code: string;
  resolvesTo: string;
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Every source file the scan covers, as absolute paths. */
export function scannedFiles(root: string = REPO_ROOT): string[] {
  const files: string[] = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name)).map((e) => join(root, e.name));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (NOT_SOURCE.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name)) files.push(path);
    }
  };
  for (const folder of SCANNED_FOLDERS) walk(join(root, folder));
  return files.sort();
}

const PATH_CALLS = new Set(['join', 'resolve', 'dirname']);
const RELATIVE = /^\.\.?(\/|\\|$)/;
const ON_PURPOSE = /\/\/.*climbs out on purpose/;

/**
 * The paths in one source file that resolve outside the root, found without running it:
 * - join/resolve/dirname calls (also path.join …) built from literals, `import.meta.dirname`,
 *   `__dirname`, `new URL(…, import.meta.url)` and constants of the same file made of those;
 * - import and export specifiers, import(), require() and vi.mock() of relative modules;
 * - any other relative literal ("../…"), taken from the file's folder and from the root (the
 *   folder npm scripts and the tests run in).
 * What depends on run-time values (a temp folder, an argument) is not judged here: the run-time
 * guard (tests/setup/fsBoundary.ts) covers it.
 */
export function climbingPaths(file: string, text: string, root: string = REPO_ROOT): ClimbingPath[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : undefined);
  const here = dirname(file);
  const constants = new Map<string, ts.Expression>();
  const found: ClimbingPath[] = [];

  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      // Two constants of one name in one file: neither is known for sure.
      if (constants.has(node.name.text)) constants.set(node.name.text, ts.factory.createIdentifier('undefined'));
      else constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, collect);
  };
  collect(source);

  const isImportMeta = (node: ts.Node, property: string): boolean =>
    ts.isPropertyAccessExpression(node) && node.name.text === property && ts.isMetaProperty(node.expression);

  const calleeName = (call: ts.CallExpression): string | null => {
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return callee.text;
    if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
    return null;
  };

  /** Literals that were part of a path call: judged there, with what they are joined to. */
  const consumed = new Set<ts.Node>();

  /**
   * The path an expression stands for, and whether it is anchored in this file's place in the
   * repository (import.meta.dirname and the like); undefined when only known when run.
   * A path from an absolute literal ('/home/anna') is an example in a test, not a place in the repository.
   */
  type Known = { path: string; anchored: boolean };
  const evaluate = (node: ts.Expression, seen: Set<string> = new Set()): Known | undefined => {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) return evaluate(node.expression, seen);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      consumed.add(node);
      return { path: node.text, anchored: false };
    }
    if (isImportMeta(node, 'dirname')) return { path: here, anchored: true };
    if (isImportMeta(node, 'filename') || isImportMeta(node, 'url')) return { path: file, anchored: true };
    if (ts.isIdentifier(node)) {
      if (node.text === '__dirname') return { path: here, anchored: true };
      if (node.text === '__filename') return { path: file, anchored: true };
      const initializer = constants.get(node.text);
      if (!initializer || seen.has(node.text)) return undefined;
      return evaluate(initializer, new Set([...seen, node.text]));
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.length === 2) {
      const [relativeTo, base] = node.arguments;
      const baseFile = evaluate(base, seen);
      const rel = evaluate(relativeTo, seen);
      if (baseFile === undefined || rel === undefined || !RELATIVE.test(rel.path)) return undefined;
      return { path: resolve(dirname(baseFile.path), rel.path), anchored: baseFile.anchored };
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name === 'fileURLToPath' && node.arguments.length === 1) return evaluate(node.arguments[0], seen);
      if (name === null || !PATH_CALLS.has(name)) return undefined;
      const parts = node.arguments.map((a) => evaluate(a, seen));
      if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
      const known = parts as Known[];
      const paths = known.map((k) => k.path);
      if (name === 'dirname') return { path: dirname(paths[0]), anchored: known[0].anchored };
      // Where the path starts: join's first part; resolve's last absolute part.
      const start = name === 'join' ? known[0] : known.findLast((k) => isAbsolute(k.path));
      if (start === undefined || !isAbsolute(start.path)) return undefined;
      return { path: name === 'join' ? join(...paths) : resolve(...paths), anchored: start.anchored };
    }
    return undefined;
  };

  const report = (node: ts.Node, path: string): void => {
    if (isInside(root, path)) return;
    found.push({
      file: relative(root, file),
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      code: node.getText(source),
      resolvesTo: relative(root, path),
    });
  };

  const moduleSpecifier = (node: ts.Node): ts.StringLiteral | null => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      return node.moduleSpecifier;
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      return node.argument.literal;
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      const importCall = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const name = calleeName(node);
      if (importCall || name === 'require' || name === 'mock' || name === 'doMock' || name === 'importActual') return node.arguments[0];
    }
    return null;
  };

  /** A path-traversal payload a test sends on purpose says so on its line: "climbs out on purpose". */
  const lines = text.split('\n');
  const onPurpose = (node: ts.Node): boolean => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    return ON_PURPOSE.test(lines[line]) || (line > 0 && ON_PURPOSE.test(lines[line - 1]));
  };

  // First the modules and the path calls, outermost first: a call inside a judged call is part of it.
  const visitCalls = (node: ts.Node): void => {
    const specifier = moduleSpecifier(node);
    if (specifier) {
      consumed.add(specifier);
      if (RELATIVE.test(specifier.text)) report(specifier, resolve(here, specifier.text));
    }
    const isPathCall = ts.isCallExpression(node) && PATH_CALLS.has(calleeName(node) ?? '');
    const isUrl = ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL';
    if (isPathCall || isUrl) {
      const known = evaluate(node as ts.Expression);
      if (known !== undefined) {
        if (known.anchored) report(node, known.path);
        return;
      }
      // Joined to something only known when run (a temp folder): judged by the run-time guard.
      for (const arg of (node as ts.CallExpression | ts.NewExpression).arguments ?? []) if (ts.isStringLiteralLike(arg)) consumed.add(arg);
    }
    ts.forEachChild(node, visitCalls);
  };
  // Then every other relative literal: from the file's folder, and from the root (where the tests run).
  const visitLiterals = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) && !consumed.has(node) && /^\.\.[/\\]./.test(node.text) && !onPurpose(node)) {
      const fromHere = resolve(here, node.text);
      report(node, isInside(root, fromHere) ? resolve(root, node.text) : fromHere);
    }
    ts.forEachChild(node, visitLiterals);
  };
  visitCalls(source);
  visitLiterals(source);
  return found;
}

/** The whole scan: every climbing path in every scanned file. */
export function scanRepository(root: string = REPO_ROOT): ClimbingPath[] {
  return scannedFiles(root).flatMap((file) => climbingPaths(file, readFileSync(file, 'utf8'), root));
}
