import { describe, expect, it } from 'vitest';
import type { PlanImportMeasure } from '@shared/domain/transfer';
import { MEASURE_CSV_EXPECTED, MEASURE_EXPECTED } from '../../fixtures/import/fixtureSheets';
import { contentHash } from '../../helpers/dbContent';
import { createTestPlanFile, TODAY } from '../../helpers/planFile';
import { call, fixtureBytes, refusal, upload } from './importHelpers';

/**
 * Mått read from a plan spreadsheet's columns (issue 14, Deliver 2), on LibreOffice-made fixtures:
 * Indikator, Mått, Nuläge 2022, Mål 2025, Utfall 2023, Resultat 2024 in XLSX, and Nyckeltal,
 * Basvärde 2022, Målvärde 2026, Värde 2024–2025 in a Windows-1252 CSV.
 */
const XLSX = () => upload('plan-matt.xlsx', fixtureBytes('plan-matt.xlsx'));
const shape = (m: PlanImportMeasure) => ({
  row: m.row, name: m.name, unit: m.unit, unitsRead: m.unitsRead, direction: m.direction, baseline: m.baseline, target: m.target,
  values: m.values.map((v) => ({ period: v.period, value: v.value })), comment: m.comment,
});

describe('importing mått with a plan', () => {
  it('recognises the mått columns and reads Swedish numbers: "40 %", "3 900", "70 dagar", "ca 40", real number cells', async () => {
    const { session } = createTestPlanFile();
    const preview = await call(session, 'previewPlanImport', { file: XLSX() });
    expect(preview.columns.filter((c) => c.field?.startsWith('measure')).map((c) => [c.header, c.field])).toEqual([
      ['Mått', 'measureName'], ['Nuläge 2022', 'measureBaseline'], ['Mål 2025', 'measureTarget'], ['Utfall 2023', 'measureValue'], ['Resultat 2024', 'measureValue'],
    ]);
    expect(preview.measures.map(shape)).toEqual(MEASURE_EXPECTED);
    // The indicator text still goes to the åtgärd; a row with an indicator and no figures has no mått.
    expect(preview.measures.map((m) => m.actionNumber)).not.toContain('2.1');
  });

  it('keeps a cell that is not a number as the mått’s comment and says so; shows a row read as two units', async () => {
    const { session } = createTestPlanFile();
    const { measures } = await call(session, 'previewPlanImport', { file: XLSX() });
    expect(measures.find((m) => m.row === 5)?.notes).toEqual([
      'Utfall 2023: ”ca 40” är ungefärligt och läses som 40.',
      'Resultat 2024: ”ej mätt” är inte ett tal och sparas som kommentar till måttet.',
    ]);
    expect(measures.find((m) => m.row === 7)?.notes).toEqual(['Raden läses både som kronor och procent: välj enhet för måttet, eller läs inte in det.']);
  });

  it('reads the mått of a Swedish Excel CSV (Windows-1252, decimal commas)', async () => {
    const { session } = createTestPlanFile();
    const { measures } = await call(session, 'previewPlanImport', { file: upload('plan.csv', fixtureBytes('plan-matt-1252.csv')) });
    expect(measures.map((m) => ({ row: m.row, name: m.name, unit: m.unit, baseline: m.baseline, target: m.target,
      values: m.values.map((v) => ({ period: v.period, value: v.value })), comment: m.comment }))).toEqual(MEASURE_CSV_EXPECTED);
  });

  it('creates the mått with their utfall, a unit the strateg corrected, and leaves out the one the strateg refused', async () => {
    const { session } = createTestPlanFile();
    const result = await call(session, 'commitPlanImport', {
      file: XLSX(), target: { kind: 'new', name: 'Plan med mått' }, statusDate: TODAY,
      measureChoices: [{ row: 7, skip: true }, { row: 4, unit: 'antal' }, { row: 8, unit: 'dagar' }],
    });
    expect(result.measuresCreated).toBe(4);
    const measures = await call(session, 'listMeasures', { planId: result.planId });
    expect(measures.map((m) => [m.name, m.unit])).toEqual([
      ['Andel utredningar där frågan om våld ställts', 'procent'], ['Utbildade medarbetare', 'antal'], ['Väntetid till stödsamtal', 'dagar'],
      ['Antal ärendedragningar per år', 'dagar'],
    ]);
    expect(measures[0]).toMatchObject({ baselineValue: 40, baselineYear: 2022, targetValue: 80, targetDate: '2025-12-31', direction: 'hogre' });
    expect(measures[0].values.map((v) => [v.period, v.value, v.measuredOn])).toEqual([['2023', 52, TODAY], ['2024', 64, TODAY]]);
    expect(measures[2].comment).toBe('Utfall 2023: ca 40\nResultat 2024: ej mätt');
    // One undo takes the whole import back, mått included.
    await call(session, 'undoLastChange', {});
    expect(await call(session, 'listMeasures', {})).toEqual([]);
  });

  it('refuses a unit the figures do not fit, naming row and column, and saves nothing', async () => {
    const { session, file } = createTestPlanFile();
    const before = contentHash(file.db);
    const error = await refusal(session, 'commitPlanImport', {
      file: XLSX(), target: { kind: 'new', name: 'Plan med mått' }, statusDate: TODAY, measureChoices: [{ row: 7, unit: 'procent' }],
    });
    expect(error.problems?.map((p) => p.message)).toEqual([
      "Rad 7, kolumn Utgångsvärde: '120000' passar inte enheten: måste vara en andel mellan 0 och 100 procent. Välj en annan enhet eller läs inte in måttet.",
    ]);
    expect(contentHash(file.db)).toBe(before);
  });
});
