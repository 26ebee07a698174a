import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../electron/services/db/migrations';
import { openPlanFile, saveCopy } from '../../../electron/services/db/openPlanFile';
import { readCsv } from '../../../electron/services/import/csv';
import { STATUS_LABEL } from '@shared/labels';
import { capturePlatform } from '../../helpers/capturePlatform';
import { contentHash } from '../../helpers/dbContent';
import { createTestPlanFile, tempDir, withDemoPlan } from '../../helpers/planFile';
import { call, refusal, upload } from '../import/importHelpers';

describe('exporting the status list', () => {
  it('as XLSX and as CSV (semicolons, UTF-8 with BOM), with the same rows and the status as of the date', async () => {
    const { session } = withDemoPlan();
    const platform = capturePlatform();
    const s = { ...session, platform };
    await call(s, 'exportStatusList', { planId: 1, format: 'xlsx', asOf: '2026-06-30' });
    await call(s, 'exportStatusList', { planId: 1, format: 'csv', asOf: '2026-06-30' });
    const [xlsx, csv] = platform.files;
    expect(xlsx.fileName).toMatch(/^Statuslista .+ 2026-06-30\.xlsx$/);
    expect(csv.mimeType).toBe('text/csv;charset=utf-8');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const actions = await call(session, 'listActions', { planId: 1, asOf: '2026-06-30' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Status')!;
    expect(sheet.getRow(3).getCell(8).value).toBe('Status');
    expect(sheet.rowCount).toBe(3 + actions.length);
    expect(sheet.getRow(4).getCell(3).value).toBe(actions[0].title);
    expect(sheet.getRow(4).getCell(8).value).toBe(STATUS_LABEL[actions[0].effectiveStatus]);

    const rows = readCsv(csv.bytes, csv.fileName).rows;
    expect(rows).toHaveLength(1 + actions.length);
    expect(rows[0].cells[7]).toBe('Status');
    expect(rows.slice(1).map((r) => r.cells[7])).toEqual(actions.map((a) => STATUS_LABEL[a.effectiveStatus]));
  });

  it('writes a comment that looks like a formula as text in the CSV', async () => {
    const { session } = withDemoPlan();
    const [action] = await call(session, 'listActions', { planId: 1 });
    await call(session, 'createStatusReport', { actionId: action.id, reportedOn: '2026-11-26', status: 'pagaende', comment: '=HYPERLINK("http://x")' });
    const platform = capturePlatform();
    await call({ ...session, platform }, 'exportStatusList', { planId: 1, format: 'csv' });
    const text = new TextDecoder().decode(platform.files[0].bytes);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('a whole plan as JSON and back', () => {
  it('restoring into another plan file gives the same data (exported again, equal)', async () => {
    const demo = withDemoPlan();
    const platform = capturePlatform();
    await call({ ...demo.session, platform }, 'exportPlanJson', { planId: 1 });
    const [json] = platform.files;
    expect(json.mimeType).toBe('application/json');
    const original = JSON.parse(new TextDecoder().decode(json.bytes));
    expect(original.areas.flatMap((a: { actions: unknown[] }) => a.actions).length).toBeGreaterThan(10);

    const empty = createTestPlanFile();
    const result = await call(empty.session, 'restorePlanJson', { file: upload(json.fileName, json.bytes) });
    expect(result).toMatchObject({ planName: original.plan.name, bodiesCreated: original.bodies.length, sourcesCreated: original.sources.length });
    const again = capturePlatform();
    await call({ ...empty.session, platform: again }, 'exportPlanJson', { planId: result.planId });
    const restored = JSON.parse(new TextDecoder().decode(again.files[0].bytes));
    expect({ ...restored, exportedAt: null }).toEqual({ ...original, exportedAt: null });

    // The restore is one transaction and one undo step.
    await call(empty.session, 'undoLastChange', {});
    expect(await call(empty.session, 'listPlans', {})).toEqual([]);
  });

  it('refuses to restore over a plan of the same name, and files that are no plan export, leaving the file unchanged', async () => {
    const { file, session } = withDemoPlan();
    const platform = capturePlatform();
    await call({ ...session, platform }, 'exportPlanJson', { planId: 1 });
    const good = JSON.parse(new TextDecoder().decode(platform.files[0].bytes));
    const broken = structuredClone(good);
    broken.areas[0].actions[0].responsible = [{ body: 'Okänd nämnd', role: 'huvudansvarig' }];
    const before = contentHash(file.db);
    const cases: [unknown, RegExp][] = [
      [good, /har redan en plan som heter/],
      ['inte json', /inte en JSON-fil/],
      [{ format: 'något annat' }, /inte en plan som exporterats från Planuppföljning/],
      [{ ...good, version: 99 }, /nyare version/],
      [{ ...good, plan: { ...good.plan, name: '' } }, /skadad eller ändrad/],
      [{ ...broken, plan: { ...good.plan, name: 'Annan' } }, /hänger inte ihop/],
    ];
    for (const [content, message] of cases) {
      const text = typeof content === 'string' ? content : JSON.stringify(content);
      expect((await refusal(session, 'restorePlanJson', { file: upload('plan.json', text) })).message).toMatch(message);
    }
    expect(contentHash(file.db)).toBe(before);
  });
});

describe('Spara kopia som…', () => {
  it('writes a consistent copy through SQLite’s online backup: same content, still a plan file, never over a file', async () => {
    const { file } = withDemoPlan();
    const target = join(tempDir(), 'kopia.sqlite');
    await saveCopy(file.db, target);
    const copy = openPlanFile(target, { readOnly: true });
    try {
      expect(contentHash(copy.db)).toBe(contentHash(file.db));
      expect(copy.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.db.close();
    }
    await expect(saveCopy(file.db, target)).rejects.toThrow(/finns redan/);
    expect(existsSync(`${target}-journal`)).toBe(false);
    const raw = new Database(target, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
  });
});
