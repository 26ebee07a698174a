import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/climbingPaths';
import { compilerOptions, describeCycles, findCycles, importGraph, sourceFiles } from '../helpers/importCycles';
import { tempDir } from '../helpers/planFile';

/** Issue 16: no file of the app may import, directly or through others, a file that imports it. */
describe('import cycles', () => {
  it('there are none in electron/, shared/ and renderer/', () => {
    const files = sourceFiles(REPO_ROOT, ['electron', 'shared', 'renderer']);
    // The scan really covers each part (a wrong folder would make it pass on nothing).
    for (const part of ['electron/services/api/handlers.ts', 'shared/api/contract.ts', 'renderer/src/App.tsx']) expect(files).toContain(join(REPO_ROOT, part));
    const node = compilerOptions(join(REPO_ROOT, 'tsconfig.json'));
    const web = compilerOptions(join(REPO_ROOT, 'tsconfig.web.json'));
    const renderer = join(REPO_ROOT, 'renderer');
    const graph = importGraph(files, (file) => (file.startsWith(renderer) ? web : node));
    // The resolution works: the contract is found among the dispatch's imports.
    expect(graph.get(join(REPO_ROOT, 'electron/services/api/dispatch.ts'))).toContain(join(REPO_ROOT, 'shared/api/contract.ts'));
    expect(describeCycles(REPO_ROOT, findCycles(graph))).toEqual([]);
  });

  it('finds a planted cycle, through a third file and through a type-only import', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/a.ts'), "import { b } from './b';\nexport const a = b;\n");
    writeFileSync(join(dir, 'src/b.ts'), "export { c as b } from './c';\n");
    writeFileSync(join(dir, 'src/c.ts'), "import type { A } from './a';\nexport const c = 1 as unknown as A;\nexport type A = number;\n");
    writeFileSync(join(dir, 'src/d.ts'), "import { a } from './a';\nexport const d = a;\n");
    const graph = importGraph(sourceFiles(dir, ['src']), () => compilerOptions(join(REPO_ROOT, 'tsconfig.json')));
    expect(describeCycles(dir, findCycles(graph))).toEqual(['src/a.ts ↔ src/b.ts ↔ src/c.ts']);
  });
});
