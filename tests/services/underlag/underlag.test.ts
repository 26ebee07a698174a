import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/services/api/handlers';
import type { ExportedFile } from '../../../electron/services/platform';
import { capturePlatform } from '../../helpers/capturePlatform';
import { contentHash } from '../../helpers/dbContent';
import { TODAY, withDemoPlan } from '../../helpers/planFile';
import { call, fixtureBytes, refusal, upload } from '../import/importHelpers';

async function exportFor(session: Session, bodyNames: string[], period = '2026'): Promise<ExportedFile[]> {
  const bodies = await call(session, 'listBodies', {});
  const platform = capturePlatform();
  const result = await call({ ...session, platform }, 'exportUnderlag', {
    planId: 1, bodyIds: bodyNames.map((n) => bodies.find((b) => b.name === n)!.id), period, replyBy: '2026-12-15',
  });
  expect(result.kind).toBe('saved');
  return platform.files;
}

async function open(file: ExportedFile): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
}

/** The data rows of an underlag: row number → Nr, for filling in by Nr as a nämnd would. */
function rowsByNumber(sheet: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  sheet.eachRow((row, n) => { if (n > 6) rows.set(String(row.getCell(3).value), n); });
  return rows;
}

describe('underlag: sending out and reading back', () => {
  it('writes one locked XLSX per nämnd with a status drop-down, hidden ids, an instruction and a hidden marker', async () => {
    const { session } = withDemoPlan();
    const files = await exportFor(session, ['Socialnämnden', 'Kommunstyrelsen']);
    expect(files.map((f) => f.fileName)).toEqual(['Underlag 2026 Socialnämnden.xlsx', 'Underlag 2026 Kommunstyrelsen.xlsx']);
    const workbook = await open(files[0]);
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([['Åtgärder', 'visible'], ['Instruktion', 'visible'], ['Planuppföljning', 'veryHidden']]);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    // The fixed columns, then one per mått of the nämnd's åtgärder (tests/services/underlag/underlagMeasures.test.ts).
    expect((sheet.getRow(6).values as unknown[]).slice(0, 13)).toEqual([undefined, 'Id', 'Kontroll', 'Nr', 'Utvecklingsområde', 'Åtgärd', 'Ansvar', 'Klart senast',
      'Senaste status', 'Senaste kommentar', 'Status', 'Kommentar', 'Källa']);
    expect([sheet.getColumn(1).hidden, sheet.getColumn(2).hidden, sheet.getColumn(3).hidden]).toEqual([true, true, false]);
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell('J7').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ej påbörjad,Pågående,Genomförd,Avbruten"'] });
    expect(['E7', 'J7', 'K7', 'L7', 'D4'].map((a) => sheet.getCell(a).protection?.locked !== false)).toEqual([true, false, false, false, false]);
    const actions = await call(session, 'listActions', { planId: 1 });
    const open_ = actions.filter((a) => a.responsible.some((r) => r.bodyName === 'Socialnämnden') && !['genomford', 'avbruten'].includes(a.latestStatus ?? ''));
    expect(rowsByNumber(sheet).size).toBe(open_.length);
    expect(String(workbook.getWorksheet('Instruktion')!.getCell('A3').value)).toContain('Socialnämnden');
  });

  it('reads a filled-in underlag: a status report per answered row, from that nämnd, for the period; the second time nothing', async () => {
    const { file, session } = withDemoPlan();
    const [underlag] = await exportFor(session, ['Socialnämnden'], '2026-T3');
    const workbook = await open(underlag);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    const [first, second, third, fourth] = [...rowsByNumber(sheet).values()];
    sheet.getCell(`J${first}`).value = 'Genomförd';
    sheet.getCell(`K${first}`).value = 'Rutinen är beslutad.';
    sheet.getCell(`L${first}`).value = 'Protokoll SN 2026-10-14 § 87';
    sheet.getCell(`J${second}`).value = 'Pågående';
    sheet.getCell(`E${third}`).value = 'En annan åtgärd';       // an altered row
    sheet.getCell(`J${third}`).value = 'Genomförd';
    sheet.getCell(`J${fourth}`).value = null;                    // no answer
    const extra = sheet.rowCount + 1;
    sheet.getCell(`E${extra}`).value = 'Ny åtgärd från nämnden'; // an unknown row
    sheet.getCell(`J${extra}`).value = 'Pågående';
    sheet.getCell('D4').value = 'Anna Andersson';
    const filled = upload('Svar Socialnämnden.xlsx', await save(workbook));

    const preview = await call(session, 'previewSvarImport', { file: filled });
    expect(preview).toMatchObject({ bodyName: 'Socialnämnden', period: '2026-T3', filePeriod: '2026-T3', reportedOn: TODAY, reportedBy: 'Anna Andersson' });
    expect(preview.counts).toMatchObject({ create: 2, already: 0, unknown: 1, altered: 1 });
    expect(preview.rows.find((r) => r.row === third)).toMatchObject({ outcome: 'altered', note: expect.stringContaining('har ändrats') });
    expect(preview.rows.find((r) => r.row === extra)).toMatchObject({ outcome: 'unknown' });
    const firstRow = preview.rows.find((r) => r.row === first)!;
    expect(firstRow).toMatchObject({ outcome: 'create', newStatus: 'genomford' });

    const result = await call(session, 'commitSvarImport', { file: filled });
    expect(result).toEqual({ created: 2, alreadyImported: 0, notRead: 2 });
    const [report] = await call(session, 'listStatusReports', { actionId: firstRow.actionId! });
    expect(report).toMatchObject({
      status: 'genomford', comment: 'Rutinen är beslutad.', period: '2026-T3', reportedOn: TODAY, reportedBy: 'Anna Andersson',
      bodyName: 'Socialnämnden', sourceTitle: 'Protokoll SN 2026-10-14 § 87',
    });

    const after = contentHash(file.db);
    expect(await call(session, 'commitSvarImport', { file: filled })).toEqual({ created: 0, alreadyImported: 2, notRead: 2 });
    expect(contentHash(file.db)).toBe(after);
    expect((await call(session, 'previewSvarImport', { file: filled })).counts).toMatchObject({ create: 0, already: 2 });
  });

  it('saves the reports for another period when the user chooses one, and says so', async () => {
    const { session } = withDemoPlan();
    const [underlag] = await exportFor(session, ['Kommunstyrelsen'], '2026-T3');
    const workbook = await open(underlag);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    sheet.getCell('J7').value = 'pågår';
    const file = upload('svar.xlsx', await save(workbook));
    const preview = await call(session, 'previewSvarImport', { file, period: '2026', reportedOn: '2026-11-20' });
    expect(preview.warnings).toEqual(['Underlaget skickades ut för period 2026-T3; lägesrapporterna sparas för 2026.']);
    await call(session, 'commitSvarImport', { file, period: '2026', reportedOn: '2026-11-20' });
    const [report] = await call(session, 'listStatusReports', { actionId: preview.rows[0].actionId! });
    expect(report).toMatchObject({ period: '2026', reportedOn: '2026-11-20', status: 'pagaende', reportedBy: 'Kommunstyrelsen' });
  });
});

describe('underlag: refusals leave the plan file unchanged', () => {
  it('refuses a file from another plan file', async () => {
    const a = withDemoPlan();
    const b = withDemoPlan();
    const [underlag] = await exportFor(a.session, ['Socialnämnden']);
    const workbook = await open(underlag);
    workbook.getWorksheet('Åtgärder')!.getCell('J7').value = 'Genomförd';
    const before = contentHash(b.file.db);
    const error = await refusal(b.session, 'commitSvarImport', { file: upload('svar.xlsx', await save(workbook)) });
    expect(error.message).toMatch(/hör till en annan planfil/);
    expect(contentHash(b.file.db)).toBe(before);
  });

  it('refuses values that are no status, and a comment without a status, naming each row', async () => {
    const { file, session } = withDemoPlan();
    const [underlag] = await exportFor(session, ['Socialnämnden']);
    const workbook = await open(underlag);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    sheet.getCell('J7').value = 'Genomförd';
    sheet.getCell('J8').value = 'Nästan klar';
    sheet.getCell('K9').value = 'Vi har börjat.';
    const before = contentHash(file.db);
    const error = await refusal(session, 'commitSvarImport', { file: upload('svar.xlsx', await save(workbook)) });
    expect(error.problems?.map((p) => p.message)).toEqual([
      "Rad 8, kolumn Status: 'Nästan klar' är inte en status (Ej påbörjad, Pågående, Genomförd eller Avbruten).",
      'Rad 9, kolumn Status: är tom, men Kommentar eller Källa är ifylld. Välj en status.',
    ]);
    expect(contentHash(file.db)).toBe(before);
  });

  it.each([
    ['a plan spreadsheet that is no underlag', 'plan.xlsx', fixtureBytes('plan-libreoffice.xlsx'), /inte ett underlag från Planuppföljning/],
    ['a CSV', 'svar.csv', fixtureBytes('plan-excel-1252.csv'), /inte en Excel-arbetsbok/],
    ['a broken ZIP', 'svar.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), /går inte att läsa/],
  ])('refuses %s', async (_name, fileName, bytes, message) => {
    const { file, session } = withDemoPlan();
    const before = contentHash(file.db);
    expect((await refusal(session, 'previewSvarImport', { file: upload(fileName, bytes) })).message).toMatch(message);
    expect((await refusal(session, 'commitSvarImport', { file: upload(fileName, bytes) })).message).toMatch(message);
    expect(contentHash(file.db)).toBe(before);
  });

  it('refuses an unknown period and a date in the future', async () => {
    const { session } = withDemoPlan();
    const [underlag] = await exportFor(session, ['Socialnämnden']);
    const file = upload('svar.xlsx', underlag.bytes);
    expect((await refusal(session, 'previewSvarImport', { file, period: '2026-Q4' })).message).toBe('Period: skrivs som 2026, 2026-H2 eller 2026-T3.');
    expect((await refusal(session, 'commitSvarImport', { file, reportedOn: '2027-01-01' })).message).toBe('Datum kan inte ligga i framtiden.');
    expect((await refusal(session, 'exportUnderlag', { planId: 1, bodyIds: [], period: '2026' })).kind).toBe('validation');
  });
});
