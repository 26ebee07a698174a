import { describe, expect, it } from 'vitest';
import type { PlanImportAction } from '@shared/domain/transfer';
import { CSV_EXPECTED, ERROR_MESSAGES, PLAN_EXPECTED } from '../../fixtures/import/fixtureSheets';
import { contentHash } from '../../helpers/dbContent';
import { capturePlatform } from '../../helpers/capturePlatform';
import { createTestPlanFile, TODAY, withDemoPlan } from '../../helpers/planFile';
import { call, fixtureBytes, refusal, upload } from './importHelpers';

const shape = (a: PlanImportAction) => ({
  row: a.row, areaName: a.areaName, number: a.number, title: a.title, startDate: a.startDate, deadline: a.deadline,
  responsible: a.responsible, status: a.status, comment: a.comment,
});

/** The CSV fixture's content again, as other programs write it. */
const CSV_TEXT_ROWS = [
  ['Nr', 'Område', 'Åtgärd', 'Ansvarig nämnd', 'Start', 'Klart senast', 'Status', 'Kommentar'],
  ['1', 'Främjande och förebyggande', 'Kampanj om hedersrelaterat våld', 'Socialnämnden', '2025-01-01', '31 december 2025', 'Genomförd', 'Två kampanjer – vår och höst.'],
  ['2', '', 'Utbildning för skolpersonal', '"Barn- och utbildningsnämnden\nSocialnämnden"', '2023–2025', '', 'Påbörjad', ''],
  ['3', 'Kvalitetsarbete', 'Årlig uppföljning', 'Kommunstyrelsen', 'Löpande', 'Löpande', '', ''],
];
const csv = (separator: string) => CSV_TEXT_ROWS.map((r) => r.map((c) => (c.includes(separator) && !c.startsWith('"') ? `"${c}"` : c)).join(separator)).join('\r\n');
const bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);

describe('importing a plan: reading the spreadsheet', () => {
  it('reads LibreOffice’s XLSX: title rows, odd-case synonyms, every date form, several nämnder per cell, blank rows', async () => {
    const { session } = createTestPlanFile();
    const preview = await call(session, 'previewPlanImport', { file: upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx')) });
    expect(preview.headerRow).toBe(3);
    expect(preview.suggestedPlanName).toBe('Handlingsplan mot våld i nära relationer 2024–2026');
    expect(preview.actions.map(shape)).toEqual(PLAN_EXPECTED);
    expect(preview.areas).toEqual([
      { name: 'Insatser för utsatta', isNew: true, actions: 3 },
      { name: 'Insatser för förövare', isNew: true, actions: 2 },
      { name: 'Information', isNew: true, actions: 1 },
    ]);
    expect(preview.columns.find((c) => c.header === 'Budget')).toEqual({ header: 'Budget', column: 'J', field: null });
    expect(preview.warnings).toContain('Kolumnerna ”Budget” läses inte in.');
    // Two spellings of one nämnd in the same file are pointed out, not merged.
    expect(preview.warnings.some((w) => w.includes('”Socialnamnden” (rad 10) liknar ”Socialnämnden” (rad 4)'))).toBe(true);
    expect(preview.statusReports).toBe(5);
  });

  it('reads CSV as Swedish Excel writes it (Windows-1252, semicolons, a quoted line break)', async () => {
    const { session } = createTestPlanFile();
    const preview = await call(session, 'previewPlanImport', { file: upload('plan.csv', fixtureBytes('plan-excel-1252.csv')) });
    expect(preview.suggestedPlanName).toBe('Handlingsplan – Östra kommun');
    expect(preview.actions.map(shape)).toEqual(CSV_EXPECTED);
  });

  it.each([
    ['UTF-8 with BOM, commas', bom(csv(','))],
    ['UTF-8 without BOM, semicolons', new TextEncoder().encode(csv(';'))],
    ['UTF-8 with BOM, semicolons, Excel’s sep= line', bom(`sep=;\r\n${csv(';')}`)],
  ])('reads CSV in %s', async (_name, bytes) => {
    const { session } = createTestPlanFile();
    const preview = await call(session, 'previewPlanImport', { file: upload('plan.csv', bytes) });
    const offset = _name.includes('sep=') ? 0 : -1;
    expect(preview.actions.map(shape)).toEqual(CSV_EXPECTED.map((a) => ({ ...a, row: a.row + offset })));
  });

  it('offers a near spelling of an existing nämnd as a match, and takes an exact one (any case) as that nämnd', async () => {
    const { session } = withDemoPlan();
    const preview = await call(session, 'previewPlanImport', { file: upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx')), targetPlanId: 1 });
    const byName = Object.fromEntries(preview.bodies.map((b) => [b.name, b.match]));
    expect(byName['Socialnämnden']).toMatchObject({ kind: 'existing', bodyName: 'Socialnämnden' });
    expect(byName['Socialnamnden']).toMatchObject({ kind: 'near', candidates: [{ name: 'Socialnämnden' }] });
    expect(byName['Kriminalvården']).toEqual({ kind: 'new' });
    expect(preview.areas.find((a) => a.name === 'Insatser för utsatta')?.isNew).toBe(false);
  });
});

describe('importing a plan: the commit', () => {
  it('writes the plan in one transaction with status reports dated as chosen, and one undo removes it all', async () => {
    const { file, session } = createTestPlanFile();
    const before = contentHash(file.db);
    const bodyChoices = [{ name: 'Socialnamnden', bodyId: null }];
    const result = await call(session, 'commitPlanImport', {
      file: upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx')), target: { kind: 'new', name: 'Importerad plan' }, statusDate: '2026-10-31', bodyChoices,
    });
    expect(result).toMatchObject({ planName: 'Importerad plan', areasCreated: 3, actionsCreated: 6, bodiesCreated: 6, statusReportsCreated: 5 });
    const actions = await call(session, 'listActions', { planId: result.planId });
    expect(actions.map((a) => [a.number, a.responsible.map((r) => `${r.bodyName}:${r.role}`)])).toEqual([
      ['1.1', ['Socialnämnden:huvudansvarig']],
      ['1.2', ['Socialnämnden:huvudansvarig', 'Kommunstyrelsen:medansvarig']],
      ['1.3', ['Socialnämnden:huvudansvarig', 'Barn- och utbildningsnämnden:medansvarig']],
      ['2.1', ['Socialnämnden:huvudansvarig', 'Kriminalvården:medansvarig']],
      ['2.2', ['Kultur- och fritidsnämnden:huvudansvarig', 'Kommunstyrelsen:medansvarig']],
      ['3.1', ['Socialnamnden:huvudansvarig']],
    ]);
    const reports = await call(session, 'listStatusReports', { actionId: actions[0].id });
    expect(reports).toMatchObject([{ reportedOn: '2026-10-31', status: 'genomford', comment: 'Rutinen beslutades i maj.', period: '2026' }]);
    expect(await call(session, 'getPlan', { id: result.planId })).toMatchObject({ periodStart: 2023, periodEnd: 2025 });
    // Change-logged like an åtgärd written in the app: an auditor sees who imported what, when.
    const changes = await call(session, 'listChanges', { since: '2000-01-01', actionId: actions[1].id });
    expect(changes.map((c) => [c.entity, c.operation, c.user]).sort()).toEqual([['action', 'create', 'testare'], ['status_report', 'create', 'testare']]);
    expect(JSON.parse(changes.find((c) => c.entity === 'action')!.newValue!)).toMatchObject({ title: 'Skyddat boende för våldsutsatta', responsible: 'Socialnämnden (huvudansvarig), Kommunstyrelsen' });

    expect(await call(session, 'getUndoState', {})).not.toBeNull();
    await call(session, 'undoLastChange', {});
    expect(await call(session, 'listPlans', {})).toEqual([]);
    expect((await call(session, 'listBodies', {}))).toEqual([]);
    for (const table of ['plan', 'area', 'action', 'action_body', 'status_report', 'body']) {
      expect(file.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(before).not.toBe(contentHash(file.db)); // the change log keeps the import and its undo
  });

  it('maps a near name to the nämnd the user chose, and adds åtgärder to an existing plan’s områden', async () => {
    const { session } = withDemoPlan();
    const bodies = await call(session, 'listBodies', {});
    const social = bodies.find((b) => b.name === 'Socialnämnden')!;
    const areasBefore = await call(session, 'listAreas', { planId: 1 });
    const result = await call(session, 'commitPlanImport', {
      file: upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx')), target: { kind: 'existing', planId: 1 }, statusDate: TODAY,
      bodyChoices: [{ name: 'Socialnamnden', bodyId: social.id }],
    });
    expect(result.planId).toBe(1);
    const areasAfter = await call(session, 'listAreas', { planId: 1 });
    expect(areasAfter.length - areasBefore.length).toBe(result.areasCreated);
    expect(areasAfter.filter((a) => a.name === 'Insatser för utsatta')).toHaveLength(1);
    const imported = (await call(session, 'listActions', { planId: 1 })).find((a) => a.title === 'Information på webben')!;
    expect(imported.responsible).toEqual([{ bodyId: social.id, bodyName: 'Socialnämnden', role: 'huvudansvarig' }]);
    expect((await call(session, 'listBodies', {})).filter((b) => /socialn/i.test(b.name))).toHaveLength(1);
  });

  it('the template saved from the app imports as it is', async () => {
    const { session } = createTestPlanFile();
    const platform = capturePlatform();
    await call({ ...session, platform }, 'savePlanImportTemplate', {});
    const [template] = platform.files;
    expect(template.fileName).toBe('Mall för import av handlingsplan.xlsx');
    const preview = await call(session, 'previewPlanImport', { file: upload(template.fileName, template.bytes) });
    expect(preview.actions.map((a) => [a.row, a.areaName, a.startDate, a.deadline, a.responsible])).toEqual([
      [4, 'Insatser för utsatta', '2025-01-01', '2025-12-31', ['Socialnämnden']],
      [5, 'Insatser för utsatta', '2025-01-01', '2026-12-31', ['Barn- och utbildningsnämnden', 'Socialnämnden']],
    ]);
  });
});

describe('importing a plan: refusals leave the plan file unchanged', () => {
  const png = new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
  const cases: [string, string, Uint8Array, RegExp | string[]][] = [
    ['every problem in the file at once, each naming row, column and value', 'plan-fel.xlsx', fixtureBytes('plan-errors.xlsx'), ERROR_MESSAGES],
    ['a file without an Åtgärd column', 'plan.xlsx', fixtureBytes('plan-no-atgard.xlsx'), /saknar kolumnen Åtgärd\. Rubrikraden \(rad 1\) har Nr, Område, Beskrivning, Ansvarig/],
    ['a file without an Ansvarig column', 'plan.csv', new TextEncoder().encode('Åtgärd;Status\nRutin;Klar\n'), ['Kolumnen Ansvarig nämnd saknas: varje åtgärd behöver en ansvarig nämnd. Lägg till en kolumn med rubriken Ansvarig nämnd.']],
    ['the old .xls format', 'plan.xls', fixtureBytes('plan-old-format.xls'), /gamla Excel-formatet \(\.xls\)/],
    ['an OpenDocument spreadsheet', 'plan.ods', fixtureBytes('plan-opendocument.ods'), /OpenDocument-kalkylark/],
    ['a picture renamed to .xlsx', 'plan.xlsx', png, /inte ett kalkylark/],
    ['a PDF', 'plan.xlsx', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /är en PDF/],
    ['a ZIP that is no workbook', 'plan.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), /går inte att läsa som Excel-arbetsbok/],
    ['an empty file', 'plan.csv', new Uint8Array(), /är tom/],
    ['a text with no header', 'plan.csv', new TextEncoder().encode('hej\nhopp\n'), /saknar kolumnen Åtgärd/],
  ];
  it.each(cases)('%s', async (_name, fileName, bytes, expected) => {
    const { file, session } = withDemoPlan();
    const before = contentHash(file.db);
    for (const name of ['previewPlanImport', 'commitPlanImport'] as const) {
      const input = name === 'previewPlanImport'
        ? { file: upload(fileName, bytes) }
        : { file: upload(fileName, bytes), target: { kind: 'new', name: 'X' }, statusDate: TODAY, bodyChoices: [] };
      const error = await refusal(session, name, input);
      if (Array.isArray(expected)) expect(error.problems?.map((p) => p.message)).toEqual(expected);
      else expect(error.message).toMatch(expected);
      expect(error.message).toMatch(/Inget har sparats/);
    }
    expect(contentHash(file.db)).toBe(before);
  });

  it('a near name nobody decided on, a status date in the future, a file too large', async () => {
    const { file, session } = withDemoPlan();
    const before = contentHash(file.db);
    const xlsx = upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx'));
    const undecided = await refusal(session, 'commitPlanImport', { file: xlsx, target: { kind: 'new', name: 'X' }, statusDate: TODAY });
    expect(undecided.message).toBe('Välj om ”Socialnamnden” är ”Socialnämnden” eller en ny nämnd.');
    const future = await refusal(session, 'commitPlanImport', {
      file: xlsx, target: { kind: 'new', name: 'X' }, statusDate: '2026-11-27', bodyChoices: [{ name: 'Socialnamnden', bodyId: null }],
    });
    expect(future.message).toBe('Statusdatum kan inte ligga i framtiden.');
    const big = await refusal(session, 'previewPlanImport', { file: { name: 'stor.csv', base64: 'A'.repeat(7_100_000) } });
    expect(big.kind).toBe('validation');
    expect(contentHash(file.db)).toBe(before);
  });
});
