import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../fixtures/import/fixtureSheets';
import { sha256, tempDir } from '../helpers/planFile';
import { runCli } from '../helpers/runCli';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');

function demoDb(): string {
  const db = join(tempDir(), 'plan.sqlite');
  expect(runCli(['demo', '--db', db]).status).toBe(0);
  return db;
}

/** Refused: exit 1, the messages on stderr, the plan file byte for byte as before. */
function expectRefused(args: string[], db: string, message: RegExp | string[]): string {
  const before = sha256(db);
  const result = runCli(args);
  expect(result.status, result.stderr).toBe(1);
  if (Array.isArray(message)) for (const line of message) expect(result.stderr).toContain(line);
  else expect(result.stderr).toMatch(message);
  expect(sha256(db)).toBe(before);
  return result.stderr;
}

// Each run starts Node afresh, and a loaded machine slows that, so these tests get more time than the default.
describe('cli: import and export', { timeout: 300_000 }, () => {
  it('import-plan: --dry-run writes nothing; a real import creates the plan; refused files leave the file unchanged', () => {
    const db = demoDb();
    const csv = join(FIXTURES, 'plan-excel-1252.csv');
    const before = sha256(db);
    const dry = runCli(['import-plan', csv, '--db', db, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Skulle läsa in ”Handlingsplan – Östra kommun”: 3 åtgärder i 2 utvecklingsområden');
    expect(sha256(db)).toBe(before);

    const done = runCli(['import-plan', csv, '--db', db, '--status-date', '2026-01-15']);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/Planen ”Handlingsplan – Östra kommun” \(id 2\) lästes in: 3 åtgärder, 2 utvecklingsområden, 0 nya nämnder, 2 lägesrapporter/);
    expect(JSON.parse(runCli(['summary', '--db', db]).stdout).plans).toBe(2);

    expectRefused(['import-plan', join(FIXTURES, 'plan-errors.xlsx'), '--db', db], db, ERROR_MESSAGES);
    expectRefused(['import-plan', join(FIXTURES, 'plan-libreoffice.xlsx'), '--db', db], db, /”Socialnamnden” liknar ”Socialnämnden”/);
    expectRefused(['import-plan', join(FIXTURES, 'plan-old-format.xls'), '--db', db], db, /gamla Excel-formatet/);
    expectRefused(['import-plan', csv, '--db', db, '--status-date', '2026-02-30'], db, /inte ett datum/);
  });

  it('export-underlag, then import-svar of the filled-in file: reports once, the second time nothing', async () => {
    const db = demoDb();
    const dir = tempDir();
    const out = join(dir, 'underlag.xlsx');
    const exported = runCli(['export-underlag', '--db', db, '--namnd', 'socialnämnden', '--out', out, '--period', '2026-T3']);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/Underlaget för Socialnämnden \(\d+ åtgärder, period 2026-T3\)/);
    expectRefused(['export-underlag', '--db', db, '--namnd', 'Socialnämnden', '--out', out], db, /finns redan/);
    expectRefused(['export-underlag', '--db', db, '--namnd', 'Okänd nämnd', '--out', join(dir, 'x.xlsx')], db, /ingen nämnd som heter ”Okänd nämnd”/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    sheet.getCell('J7').value = 'Genomförd';
    sheet.getCell('J8').value = 'Pågår';
    sheet.getCell('J9').value = 'Vet inte';
    const bad = join(dir, 'svar-fel.xlsx');
    await workbook.xlsx.writeFile(bad);
    expectRefused(['import-svar', bad, '--db', db], db, ["Rad 9, kolumn Status: 'Vet inte' är inte en status"]);

    sheet.getCell('J9').value = null;
    const svar = join(dir, 'svar.xlsx');
    await workbook.xlsx.writeFile(svar);
    const first = runCli(['import-svar', svar, '--db', db]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^2 lägesrapporter från Socialnämnden för 2026-T3 sparades \(0 redan inlästa/);
    const afterFirst = sha256(db);
    const second = runCli(['import-svar', svar, '--db', db]);
    expect(second.stdout).toMatch(/^0 lägesrapporter .* \(2 redan inlästa/);
    expect(sha256(db)).toBe(afterFirst);

  });

  it('import-svar refuses an underlag from another plan file', () => {
    const a = demoDb();
    const b = demoDb();
    const out = join(tempDir(), 'underlag.xlsx');
    expect(runCli(['export-underlag', '--db', a, '--namnd', 'Socialnämnden', '--out', out]).status).toBe(0);
    expectRefused(['import-svar', out, '--db', b], b, /hör till en annan planfil/);
  });

  it('export json|xlsx|csv, restore into a new file, and refusals', () => {
    const db = demoDb();
    const dir = tempDir();
    for (const format of ['json', 'xlsx', 'csv']) {
      const out = join(dir, `plan.${format}`);
      const result = runCli(['export', '--db', db, '--format', format, '--out', out]);
      expect(result.status, result.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
    expect(readFileSync(join(dir, 'plan.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const restored = join(dir, 'återställd.sqlite');
    const restore = runCli(['restore', join(dir, 'plan.json'), '--db', restored]);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/återställdes: 6 utvecklingsområden/);
    const summary = (file: string) => { const s = JSON.parse(runCli(['summary', '--db', file, '--as-of', '2026-11-26']).stdout); return { ...s, bodies: undefined }; };
    expect(summary(restored)).toEqual(summary(db));

    expectRefused(['restore', join(dir, 'plan.json'), '--db', restored], restored, /har redan en plan som heter/);
    writeFileSync(join(dir, 'trasig.json'), '{"format":"planuppfoljning-plan"');
    const nowhere = join(dir, 'ny.sqlite');
    const broken = runCli(['restore', join(dir, 'trasig.json'), '--db', nowhere]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/inte en JSON-fil/);
    expect(existsSync(nowhere)).toBe(false);
  });

  it('answers usage errors with exit 2', () => {
    const db = demoDb();
    expect(runCli(['import-plan', '--db', db]).status).toBe(2);
    expect(runCli(['export', '--db', db, '--format', 'pdf', '--out', 'x.pdf']).status).toBe(2);
    expect(runCli(['export-underlag', '--db', db, '--out', 'x.xlsx']).status).toBe(2);
    expect(runCli(['restore', 'plan.json']).status).toBe(2);
  });
});
