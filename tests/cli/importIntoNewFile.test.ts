import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../fixtures/import/fixtureSheets';
import { tempDir } from '../helpers/planFile';
import { runCli } from '../helpers/runCli';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

/** A kommun going from its Excel plan to a plan file on the command line: import-plan makes the file it is told to use. */
describe('cli import-plan into a plan file that does not exist yet', () => {
  it('creates the plan file and imports the plan into it', () => {
    const dir = tempDir();
    const db = join(dir, 'ny.planfil');
    const result = runCli(['import-plan', join(FIXTURES, 'plan-excel-1252.csv'), '--db', db, '--status-date', '2026-01-15']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Planen ”Handlingsplan – Östra kommun” \(id 1\) lästes in: 3 åtgärder, 2 utvecklingsområden, \d+ nya nämnder, 2 lägesrapporter/);
    expect(JSON.parse(runCli(['summary', '--db', db, '--as-of', '2026-01-15']).stdout)).toMatchObject({ plans: 1, areas: 2, actions: 3, statusReports: 2 });
    expect(readdirSync(dir)).toEqual(['ny.planfil']);
  });

  it('removes the file again when the import is refused: exit 1, every problem in Swedish, nothing left behind', () => {
    const dir = tempDir();
    const db = join(dir, 'ny.planfil');
    const result = runCli(['import-plan', join(FIXTURES, 'plan-errors.xlsx'), '--db', db]);
    expect(result.status).toBe(1);
    for (const line of ERROR_MESSAGES) expect(result.stderr).toContain(line);
    expect(existsSync(db)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a dry run previews against an empty plan file and makes none', () => {
    const dir = tempDir();
    const db = join(dir, 'ny.planfil');
    const result = runCli(['import-plan', join(FIXTURES, 'plan-excel-1252.csv'), '--db', db, '--dry-run']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Skulle läsa in ”Handlingsplan – Östra kommun”: 3 åtgärder i 2 utvecklingsområden');
    expect(result.stdout).toContain('Inget har sparats (--dry-run).');
    expect(readdirSync(dir)).toEqual([]);
  });
});
