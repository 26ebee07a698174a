import { existsSync, promises, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { climbingPaths, REPO_ROOT, scanRepository, scannedFiles } from '../helpers/climbingPaths';
import { GUARDS_NEIGHBOURS, mayUseFor, OutsideRepositoryError } from '../setup/fsBoundary';
import { tempDir } from '../helpers/planFile';

/**
 * Issue 12: a test that reads ../shared passes where the project is developed and fails in a
 * fresh clone. Two guards: a static scan of every source file, and a run-time check of every
 * file system call (tests/setup/fsBoundary.ts). Each is shown to catch a planted path.
 */
const at = (path: string) => join(REPO_ROOT, path);

describe('paths that climb out of the repository', () => {
  it('appear nowhere in the app, the tests, the scripts or the configuration', () => {
    const files = scannedFiles();
    // The scan really covers every part (a wrong folder name would make it pass on nothing).
    for (const part of ['electron/main/index.ts', 'shared/api/contract.ts', 'renderer/src/App.tsx', 'tests/helpers/demoApp.ts', 'scripts/ensure-native.mjs', 'vitest.config.ts']) {
      expect(files, part).toContain(at(part));
    }
    expect(scanRepository()).toEqual([]);
  });

  it('the scan finds a planted one: the seed reader issue 12 was about, and its variants', () => {
    const seeds = "const SEEDS = join(import.meta.dirname, '../..', '..', 'shared', 'seeds');\nreaddirSync(SEEDS);\n";
    expect(climbingPaths(at('tests/helpers/seeds.ts'), seeds)).toEqual([
      { file: 'tests/helpers/seeds.ts', line: 1, code: "join(import.meta.dirname, '../..', '..', 'shared', 'seeds')", resolvesTo: '../shared/seeds' }, // climbs out on purpose
    ]);
    const variants = [
      // A neighbour's name that no checkout of this repository has (a clone may well be called main).
      "import { x } from '../../../a-neighbouring-project/x';",
      "const ROOT = resolve(import.meta.dirname, '../..');\nconst up = join(ROOT, '..', 'shared');",
      "const url = new URL('../../../shared/seeds/', import.meta.url);",
      "const dir = dirname(dirname(dirname(__dirname)));",
      "readdirSync('../shared/seeds');",
      "vi.mock('../../../elsewhere');",
    ];
    for (const code of variants) expect(climbingPaths(at('tests/helpers/x.ts'), code), code).toHaveLength(1);
  });

  it('the scan leaves alone what stays inside, and what is only known when run', () => {
    const fine = [
      "import { x } from '@shared/api/contract';",
      "const FIXTURE = join(import.meta.dirname, '../fixtures/seeds/a.txt');",
      "const up = join(tempDir(), '..', '..');",
      "const example = join('/home/anna', '.config');",
      "if (rel === '..') return;",
      "const payload = '../../etc/passwd'; // climbs out on purpose: refused by the API",
    ];
    for (const code of fine) expect(climbingPaths(at('tests/helpers/x.ts'), code), code).toEqual([]);
  });

  it('at run time, a read or write outside the repository, the temp folder and node_modules is refused', async () => {
    const planted = join(dirname(REPO_ROOT), 'planuppfoljning-planted-outside.txt');
    const nowhere = join(homedir(), 'planuppfoljning-planted-outside.txt');
    for (const path of GUARDS_NEIGHBOURS ? [planted, nowhere] : [nowhere]) {
      expect(() => readFileSync(path), path).toThrow(OutsideRepositoryError);
      expect(() => readFileSync(path), path).toThrow(/staysInsideRepository\.test\.ts:\d+ uses .*planuppfoljning-planted-outside\.txt, outside the repository/);
      expect(() => writeFileSync(path, 'x'), path).toThrow(OutsideRepositoryError);
      await expect(promises.readFile(path), path).rejects.toThrow(OutsideRepositoryError);
    }
    if (GUARDS_NEIGHBOURS) {
      expect(() => existsSync(join(REPO_ROOT, '..', 'shared', 'seeds'))).toThrow(OutsideRepositoryError);
      expect(() => readdirSync(dirname(REPO_ROOT))).toThrow(OutsideRepositoryError);
    }
  });

  it('at run time, the neighbours of a clone in a temp folder are refused like any other (the case .ci/run is)', () => {
    const clone = mayUseFor('/tmp/tmp.AbC123/p', '/tmp');
    expect(clone('/tmp/tmp.AbC123/shared/seeds/004.txt')).toBe(false);
    expect(clone('/tmp/tmp.AbC123/p/tests/fixtures/a.txt')).toBe(true);
    expect(clone('/tmp/planuppfoljning-test-x/plan.sqlite')).toBe(true);
    expect(clone('/home/anna/.config/x')).toBe(false);
    expect(clone('/usr/bin/soffice')).toBe(true);
    const home = mayUseFor('/home/anna/p', '/home/anna/tmp');
    expect(home('/home/anna/tmp/planuppfoljning-test-x/plan.sqlite')).toBe(true);
    expect(home('/home/anna/shared/seeds')).toBe(false);
  });

  it('at run time, the repository, the temp folder and installed packages stay readable', () => {
    expect(readFileSync(at('package.json'), 'utf8')).toContain('"name": "planuppfoljning"');
    expect(readdirSync(tmpdir())).toBeInstanceOf(Array);
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'a');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('a');
    expect(existsSync(at('node_modules/vitest/package.json'))).toBe(true);
  });
});
