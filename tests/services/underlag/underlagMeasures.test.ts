import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/services/api/handlers';
import { capturePlatform } from '../../helpers/capturePlatform';
import { contentHash } from '../../helpers/dbContent';
import { TODAY, withDemoPlan } from '../../helpers/planFile';
import { call, refusal, upload } from '../import/importHelpers';

/**
 * The mått columns of the nämndernas XLSX underlag: one per mått of the nämnd's åtgärder, only a
 * number allowed in them, read back with the status (one transaction), and a cell that is not a
 * number refused with its row and column named.
 */
const CHILDREN = 'Utfall: Barn som fått stödsamtal (antal)';
const WAITING = 'Utfall: Väntetid till första stödsamtal (dagar)';

async function underlag(session: Session): Promise<ExcelJS.Workbook> {
  const bodies = await call(session, 'listBodies', {});
  const platform = capturePlatform();
  await call({ ...session, platform }, 'exportUnderlag', { planId: 1, bodyIds: [bodies.find((b) => b.name === 'Socialnämnden')!.id], period: '2026-T3', replyBy: null });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(platform.files[0].bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Column letter per header, and row per Nr, as a nämnd finds them. */
function layout(sheet: ExcelJS.Worksheet) {
  const columns = new Map<string, number>();
  sheet.getRow(6).eachCell((cell, col) => columns.set(String(cell.value), col));
  const rows = new Map<string, number>();
  sheet.eachRow((row, n) => { if (n > 6) rows.set(String(row.getCell(3).value), n); });
  return { cell: (number: string, header: string) => sheet.getCell(rows.get(number)!, columns.get(header)!), rows, columns };
}

const filled = async (workbook: ExcelJS.Workbook) => upload('Svar Socialnämnden.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer));

describe('mått in the underlag', () => {
  it('has one column per mått of the nämnd’s åtgärder, open only on the åtgärd’s own row and validated as a number', async () => {
    const { session } = withDemoPlan();
    const sheet = (await underlag(session)).getWorksheet('Åtgärder')!;
    const { cell, columns } = layout(sheet);
    expect([...columns.keys()].filter((h) => h.startsWith('Utfall:'))).toEqual([
      'Utfall: Vistelsetid i skyddat boende efter att skyddsbehovet upphört (dagar)', CHILDREN, WAITING,
      'Utfall: Andel medarbetare i äldreomsorgen som gått basutbildningen (procent)', 'Utfall: Andel akter med markering för våld (procent)',
      'Utfall: Svarsfrekvens i brukarenkäten (procent)',
    ]);
    expect(cell('1.5', CHILDREN).protection?.locked).toBe(false);
    expect(cell('1.5', CHILDREN).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true });
    expect(cell('1.5', CHILDREN).dataValidation.prompt).toBe('Senaste utfall: 51 (2025). Målvärde: 60 senast 2027-12-31.');
    expect(cell('1.6', 'Utfall: Andel medarbetare i äldreomsorgen som gått basutbildningen (procent)').dataValidation)
      .toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
    // Another åtgärd's row: locked, so only the row the mått belongs to takes its utfall.
    expect(cell('1.3', CHILDREN).protection?.locked).not.toBe(false);
    expect(cell('1.3', CHILDREN).dataValidation).toBeUndefined();
  });

  it('reads the utfall back with the status: for the underlag’s period, dated and signed like the report, in one undo step', async () => {
    const { session } = withDemoPlan();
    const workbook = await underlag(session);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    const { cell } = layout(sheet);
    cell('1.5', 'Status').value = 'Pågående';
    cell('1.5', CHILDREN).value = 58;
    cell('1.5', WAITING).value = '19,5';
    sheet.getCell('D4').value = 'Tove Lind';
    const file = await filled(workbook);
    const preview = await call(session, 'previewSvarImport', { file });
    expect(preview.rows.find((r) => r.number === '1.5')?.values.map((v) => [v.name, v.value, v.shown.replace(/\u00a0/g, ' ')])).toEqual([
      ['Barn som fått stödsamtal', 58, '58'], ['Väntetid till första stödsamtal', 19.5, '19,5 dagar'],
    ]);
    await call(session, 'commitSvarImport', { file });
    const actionId = preview.rows.find((r) => r.number === '1.5')!.actionId!;
    const measures = await call(session, 'listMeasures', { actionId });
    expect(measures.map((m) => m.values.at(-1))).toEqual([
      expect.objectContaining({ period: '2026-T3', value: 58, measuredOn: TODAY, reportedBy: 'Tove Lind' }),
      expect.objectContaining({ period: '2026-T3', value: 19.5, measuredOn: TODAY, reportedBy: 'Tove Lind' }),
    ]);
    await call(session, 'undoLastChange', {});
    expect((await call(session, 'listMeasures', { actionId })).map((m) => m.values.at(-1)?.period)).toEqual(['2025', '2025']);
  });

  it('refuses a cell that is not a number, an utfall without a status, and a figure the unit does not allow, naming row and column', async () => {
    const { file: planFile, session } = withDemoPlan();
    const workbook = await underlag(session);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    const { cell, rows } = layout(sheet);
    cell('1.5', 'Status').value = 'Pågående';
    cell('1.5', CHILDREN).value = 'många';
    cell('1.6', 'Utfall: Andel medarbetare i äldreomsorgen som gått basutbildningen (procent)').value = 140;
    cell('1.6', 'Status').value = 'Pågående';
    cell('1.3', 'Utfall: Vistelsetid i skyddat boende efter att skyddsbehovet upphört (dagar)').value = 45;
    const before = contentHash(planFile.db);
    const error = await refusal(session, 'commitSvarImport', { file: await filled(workbook) });
    expect(error.problems?.map((p) => p.message)).toEqual([
      `Rad ${rows.get('1.3')}, kolumn Status: är tom, men ett utfall är ifyllt. Välj en status.`,
      `Rad ${rows.get('1.5')}, kolumn ${CHILDREN}: 'många' är inte ett tal. Skriv bara siffror, t.ex. 64 eller 2 480.`,
      `Rad ${rows.get('1.6')}, kolumn Utfall: Andel medarbetare i äldreomsorgen som gått basutbildningen (procent): '140' – utfallet måste vara en andel mellan 0 och 100 procent.`,
    ]);
    expect(contentHash(planFile.db)).toBe(before);
  });
});
