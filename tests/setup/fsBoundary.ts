/**
 * Run-time half of the guard that keeps the tests inside the repository (vitest.config.ts loads it
 * before every test file; the static half is tests/helpers/climbingPaths.ts). A file system call
 * made by the project's own code (tests, helpers, the app's services run in-process) on a path
 * outside the repository, the temp folder, node_modules and the system's folders throws, naming
 * the path and the caller, instead of working on the machine it was written on and failing in a
 * fresh clone. Calls made by libraries (vitest, playwright, exceljs …) are not judged.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
const THIS_FILE = fileURLToPath(import.meta.url);

function real(path: string): string {
  try {
    return fs.realpathSync.native(path);
  } catch {
    return path;
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** A folder and where it really is (node_modules may be a link; the temp folder may be one too). */
const both = (path: string): string[] => [...new Set([path, real(path)])];
const insideAny = (roots: string[], path: string): boolean => roots.some((root) => inside(root, path));

/** System tools and libraries (Chromium, LibreOffice, poppler), and /proc and /dev. */
const SYSTEM = [
  '/usr', '/lib', '/lib64', '/bin', '/sbin', '/etc', '/proc', '/sys', '/dev', '/opt',
  ...(process.env.CHROMIUM_PATH ? [dirname(process.env.CHROMIUM_PATH)] : []),
];

/**
 * Beside the repository (../shared) is refused even where the parent folder lies in an allowed
 * one: a clone in `$(mktemp -d)/p`, say. Only when the repository sits directly in the temp folder
 * (or at /) can its neighbours not be told from temp files.
 */
function guardsNeighbours(root: string, temp: string): boolean {
  return !both(dirname(root)).some((parent) => both(temp).includes(parent) || parent === resolve('/'));
}

/**
 * The rule for a repository at `root` with the temp folder `temp`: our own code may use the
 * repository, its node_modules, the temp folder and the system's folders, and nothing beside the
 * repository. Pure, so the rule is tested for other places than this checkout.
 */
export function mayUseFor(root: string, temp: string): (path: string) => boolean {
  const repo = both(root);
  const packages = both(resolve(root, 'node_modules'));
  const temps = both(temp);
  const parent = both(dirname(root));
  const neighbours = guardsNeighbours(root, temp);
  // A temp folder that itself sits beside the repository (TMPDIR=~/tmp beside ~/p) stays usable.
  const tempBesideRepo = temps.some((t) => insideAny(parent, t));
  return (path) => {
    if (insideAny(repo, path) || insideAny(packages, path)) return true;
    const inTemp = insideAny(temps, path);
    if (neighbours && insideAny(parent, path) && !(inTemp && tempBesideRepo)) return false;
    return inTemp || (process.platform !== 'win32' && insideAny(SYSTEM, path));
  };
}

const mayUse = mayUseFor(ROOT, tmpdir());
export const GUARDS_NEIGHBOURS = guardsNeighbours(ROOT, tmpdir());

export class OutsideRepositoryError extends Error {
  constructor(readonly path: string, readonly caller: string) {
    super(`${caller} uses ${path}, outside the repository (${ROOT}), the temp folder and node_modules. `
      + 'A fresh clone has nothing there: copy what the test needs into tests/fixtures/ and name its source.');
  }
}

/** The first stack frame outside this file and Node's internals: who made the call. */
function callerFrame(stack: string): string | null {
  for (const line of stack.split('\n').slice(1)) {
    const match = /\(?((?:file:\/\/)?\/[^():]+):(\d+):\d+\)?\s*$/.exec(line.trim());
    if (!match) continue;
    const file = match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1];
    if (file === THIS_FILE) continue;
    return `${file}:${match[2]}`;
  }
  return null;
}

function isOurs(frame: string): boolean {
  const file = frame.replace(/:\d+$/, '');
  return (inside(ROOT, file) || inside(real(ROOT), file)) && !file.split(sep).includes('node_modules');
}

function asPath(arg: unknown): string | null {
  if (typeof arg === 'string') return resolve(arg);
  if (arg instanceof URL) return arg.protocol === 'file:' ? fileURLToPath(arg) : null;
  if (Buffer.isBuffer(arg)) return resolve(arg.toString('utf8'));
  return null;
}

export function checkPath(arg: unknown, caller: string): void {
  const path = asPath(arg);
  if (path === null) return;
  if (mayUse(path)) return;
  throw new OutsideRepositoryError(path, caller);
}

/** How many leading arguments are paths, per fs function. */
const PATH_ARGS: Record<string, number> = {
  readFile: 1, readdir: 1, opendir: 1, stat: 1, lstat: 1, access: 1, open: 1, realpath: 1, readlink: 1,
  writeFile: 1, appendFile: 1, mkdir: 1, mkdtemp: 1, rm: 1, rmdir: 1, unlink: 1, truncate: 1, utimes: 1, chmod: 1,
  rename: 2, copyFile: 2, cp: 2, symlink: 2, link: 2,
};
const STREAMS = ['createReadStream', 'createWriteStream', 'existsSync'];
const GUARDED = Symbol.for('planuppfoljning.fsBoundary');

type AnyFunction = (...args: unknown[]) => unknown;

/** async: the promise API refuses by rejecting, as it fails for any other reason. */
function guard(target: Record<string, unknown>, name: string, paths: number, async = false): void {
  const original = target[name];
  if (typeof original !== 'function' || (original as { [GUARDED]?: boolean })[GUARDED]) return;
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    const holder: { stack?: string } = {};
    Error.captureStackTrace(holder, wrapped);
    const caller = callerFrame(holder.stack ?? '');
    try {
      if (caller !== null && isOurs(caller)) for (let i = 0; i < paths; i++) checkPath(args[i], caller);
    } catch (error) {
      if (async) return Promise.reject(error);
      throw error;
    }
    return (original as AnyFunction).apply(this, args);
  };
  Object.defineProperties(wrapped, Object.getOwnPropertyDescriptors(original));
  (wrapped as unknown as { [GUARDED]: boolean })[GUARDED] = true;
  target[name] = wrapped;
}

const fsObject = fs as unknown as Record<string, unknown>;
for (const [name, paths] of Object.entries(PATH_ARGS)) {
  guard(fsObject, name, paths);
  guard(fsObject, `${name}Sync`, paths);
  guard(fs.promises as unknown as Record<string, unknown>, name, paths, true);
}
for (const name of STREAMS) guard(fsObject, name, 1);
// `import { readFileSync } from 'node:fs'` sees the guarded functions too.
syncBuiltinESMExports();
