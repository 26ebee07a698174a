import { describe, expect, it } from 'vitest';
import type { MeasureWithValues } from '@shared/domain/measure';
import { capturePlatform } from '../../helpers/capturePlatform';
import { createTestPlanFile, tableRows } from '../../helpers/planFile';
import { call, refusal, upload } from '../import/importHelpers';

/** A plan 2023–2026 with one område and one åtgärd, and a mått on the åtgärd. */
async function planWithMeasure() {
  const { session, file, ctx } = createTestPlanFile();
  const plan = await call(session, 'createPlan', { name: 'Handlingsplan', periodStart: 2023, periodEnd: 2026, followUpRhythm: 'år' });
  const area = await call(session, 'createArea', { planId: plan.id, name: 'Kvalitetsarbete' });
  const body = await call(session, 'createBody', { name: 'Socialnämnden', kind: 'namnd' });
  const action = await call(session, 'createAction', { areaId: area.id, number: '5.1', title: 'Utbilda personal i att fråga om våld', responsible: [{ bodyId: body.id, role: 'huvudansvarig' }] });
  const measure = await call(session, 'createMeasure', {
    actionId: action.id, name: 'Andel medarbetare som frågar om våld', unit: 'procent', direction: 'hogre',
    baselineValue: 40, baselineYear: 2022, targetValue: 80, targetDate: '2026-12-31', source: 'Enkät till medarbetarna',
  });
  return { session, file, ctx, plan, area, body, action, measure };
}

const measureCount = (f: { db: { prepare: (sql: string) => { get: () => unknown } } }, table: string) =>
  (f.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('mått', () => {
  it('belong to an åtgärd or an område, and are listed in plan order with their utfall', async () => {
    const { session, plan, area, action, measure } = await planWithMeasure();
    const areaMeasure = await call(session, 'createMeasure', { areaId: area.id, name: 'Antal ärenden', unit: 'antal', direction: 'hogre' });
    expect(measure).toMatchObject({ planId: plan.id, actionId: action.id, areaId: null, position: 0, unit: 'procent', baselineYear: 2022 });
    const listed = await call(session, 'listMeasures', { planId: plan.id });
    // The område's own mått come before its åtgärders'.
    expect(listed.map((m) => m.id)).toEqual([areaMeasure.id, measure.id]);
    expect(listed[1].values).toEqual([]);
    expect((await call(session, 'listMeasures', { actionId: action.id })).map((m) => m.name)).toEqual(['Andel medarbetare som frågar om våld']);
  });

  it('refuse a mått that belongs to both or neither, a figure the unit does not allow, and half a baseline or target', async () => {
    const { session, file, area, action } = await planWithMeasure();
    const before = tableRows(file, 'measure');
    expect((await refusal(session, 'createMeasure', { areaId: area.id, actionId: action.id, name: 'X', unit: 'antal' })).message)
      .toBe('Ett mått hör till antingen en åtgärd eller ett utvecklingsområde.');
    const error = await refusal(session, 'createMeasure', { actionId: action.id, name: 'Andel', unit: 'procent', baselineValue: 120, targetValue: 80 });
    expect(error.problems).toEqual([
      { field: 'baselineYear', message: 'Ange vilket år utgångsvärdet gäller.' },
      { field: 'targetDate', message: 'Ange när målvärdet ska vara nått.' },
      { field: 'baselineValue', message: 'Utgångsvärde: måste vara en andel mellan 0 och 100 procent.' },
    ]);
    expect((await refusal(session, 'createMeasure', { actionId: action.id, name: 'Rutin finns', unit: 'ja_nej', targetValue: 2, targetDate: '2025-12-31' })).message)
      .toBe('Målvärde: måste vara Ja (1) eller Nej (0).');
    expect((await refusal(session, 'createMeasure', { actionId: action.id, name: 'X', unit: 'liter' })).problems?.[0])
      .toMatchObject({ field: 'unit', message: expect.stringMatching(/^Enhet: måste vara ett av: Antal, Procent, Kronor, Dagar, Ja\/nej\.$/) });
    expect(tableRows(file, 'measure')).toEqual(before);
  });

  it('keep one utfall per period: recording it again replaces the value, and the change log keeps the old one', async () => {
    const { session, measure, action } = await planWithMeasure();
    await call(session, 'setMeasureValue', { measureId: measure.id, period: '2024', measuredOn: '2025-02-10', value: 55, reportedBy: 'Anna' });
    await call(session, 'setMeasureValue', { measureId: measure.id, period: '2023', measuredOn: '2024-02-10', value: 47 });
    const corrected = await call(session, 'setMeasureValue', { measureId: measure.id, period: '2024', measuredOn: '2025-03-01', value: 58, comment: 'Rättad siffra' });
    const [listed] = await call(session, 'listMeasures', { actionId: action.id });
    expect(listed.values.map((v) => [v.period, v.value])).toEqual([['2023', 47], ['2024', 58]]);
    expect(corrected).toMatchObject({ period: '2024', value: 58, comment: 'Rättad siffra' });
    const log = await call(session, 'listChanges', { since: '2000-01-01', actionId: action.id });
    expect(log.find((c) => c.entity === 'measure_value' && c.field === 'value')).toMatchObject({ oldValue: '55', newValue: '58', subject: '5.1 Utbilda personal i att fråga om våld' });
  });

  it('refuse an utfall that is not a number, or that the unit does not allow, and save nothing', async () => {
    const { session, file, measure } = await planWithMeasure();
    const notNumber = await refusal(session, 'setMeasureValue', { measureId: measure.id, period: '2024', measuredOn: '2025-02-10', value: '64 procent' });
    expect(notNumber.problems).toEqual([{ field: 'value', message: 'Utfall: måste vara ett tal.' }]);
    const tooBig = await refusal(session, 'setMeasureValue', { measureId: measure.id, period: '2024', measuredOn: '2025-02-10', value: 164 });
    expect(tooBig.message).toBe('Andel medarbetare som frågar om våld: utfallet måste vara en andel mellan 0 och 100 procent.');
    const badPeriod = await refusal(session, 'setMeasureValue', { measureId: measure.id, period: 'hösten 2024', measuredOn: '2025-02-10', value: 64 });
    expect(badPeriod.problems).toEqual([{ field: 'period', message: 'Period: Ange en period som 2026, 2026-H1 eller 2026-T3.' }]);
    expect(measureCount(file, 'measure_value')).toBe(0);
  });

  it('allow an utfall for a period outside the plan’s years (the form warns first)', async () => {
    const { session, measure } = await planWithMeasure();
    expect(await call(session, 'setMeasureValue', { measureId: measure.id, period: '2021', measuredOn: '2022-01-20', value: 35 })).toMatchObject({ period: '2021' });
  });

  it('do not change unit when a recorded utfall would no longer fit it', async () => {
    const { session, area } = await planWithMeasure();
    const count = await call(session, 'createMeasure', { areaId: area.id, name: 'Utbildade', unit: 'antal' });
    await call(session, 'setMeasureValue', { measureId: count.id, period: '2024', measuredOn: '2025-01-10', value: 412 });
    expect((await refusal(session, 'updateMeasure', { id: count.id, patch: { unit: 'procent' } })).message)
      .toBe('Enheten kan inte ändras till procent: utfallet för 2024 (412) måste vara en andel mellan 0 och 100 procent.');
    expect(await call(session, 'updateMeasure', { id: count.id, patch: { unit: 'kronor', name: 'Kostnad' } })).toMatchObject({ unit: 'kronor', name: 'Kostnad' });
  });
});

describe('utfall in Ny lägesrapport', () => {
  it('are saved with the status in one transaction, take its date, period and reporter, and go with one Ctrl+Z', async () => {
    const { session, file, action, measure } = await planWithMeasure();
    const second = await call(session, 'createMeasure', { actionId: action.id, name: 'Utbildade medarbetare', unit: 'antal' });
    const report = await call(session, 'createStatusReport', {
      actionId: action.id, reportedOn: '2026-02-15', status: 'pagaende', period: '2025', reportedBy: 'Kim',
      measureValues: [{ measureId: measure.id, value: 66 }, { measureId: second.id, value: 2480, comment: 'Alla enheter' }],
    });
    expect(report.status).toBe('pagaende');
    const listed = await call(session, 'listMeasures', { actionId: action.id });
    expect(listed.map((m: MeasureWithValues) => m.values.map((v) => ({ period: v.period, measuredOn: v.measuredOn, value: v.value, reportedBy: v.reportedBy }))))
      .toEqual([[{ period: '2025', measuredOn: '2026-02-15', value: 66, reportedBy: 'Kim' }], [{ period: '2025', measuredOn: '2026-02-15', value: 2480, reportedBy: 'Kim' }]]);
    expect((await call(session, 'getUndoState', {}))?.label).toBe('Ny lägesrapport (3 ändringar)');
    await call(session, 'undoLastChange', {});
    expect(measureCount(file, 'measure_value')).toBe(0);
    expect(measureCount(file, 'status_report')).toBe(0);
  });

  it('use the plan’s period for the date when the report’s period is not one', async () => {
    const { session, action, measure } = await planWithMeasure();
    await call(session, 'createStatusReport', { actionId: action.id, reportedOn: '2026-02-15', status: 'pagaende', period: 'vår', measureValues: [{ measureId: measure.id, value: 66 }] });
    expect((await call(session, 'listMeasures', { actionId: action.id }))[0].values[0].period).toBe('2026');
  });

  it('refuse the whole report when one utfall is wrong, naming that mått’s field', async () => {
    const { session, file, action, measure, area } = await planWithMeasure();
    const other = await call(session, 'createMeasure', { areaId: area.id, name: 'Områdets mått', unit: 'antal' });
    const error = await refusal(session, 'createStatusReport', {
      actionId: action.id, reportedOn: '2026-02-15', status: 'genomford',
      measureValues: [{ measureId: measure.id, value: 66 }, { measureId: measure.id, value: 140 }, { measureId: other.id, value: 3 }],
    });
    expect(error.problems).toEqual([
      { field: 'measureValues.1.measureId', message: 'Måttet ”Andel medarbetare som frågar om våld” har fått två utfall.' },
      { field: 'measureValues.1.value', message: 'Andel medarbetare som frågar om våld: utfallet måste vara en andel mellan 0 och 100 procent.' },
      { field: 'measureValues.2.measureId', message: 'Måttet ”Områdets mått” hör inte till åtgärden.' },
    ]);
    const notNumber = await refusal(session, 'createStatusReport', { actionId: action.id, reportedOn: '2026-02-15', status: 'genomford', measureValues: [{ measureId: measure.id, value: 'sextio' }] });
    expect(notNumber.problems).toEqual([{ field: 'measureValues.0.value', message: 'Utfall: måste vara ett tal.' }]);
    expect(measureCount(file, 'status_report')).toBe(0);
    expect(measureCount(file, 'measure_value')).toBe(0);
  });
});

describe('deleting a mått', () => {
  it('says first how many utfall go with it, and Ctrl+Z brings all of it back', async () => {
    const { session, file, measure } = await planWithMeasure();
    for (const [period, value] of [['2023', 45], ['2024', 52]] as const) {
      await call(session, 'setMeasureValue', { measureId: measure.id, period, measuredOn: '2025-02-01', value });
    }
    const before = { measure: tableRows(file, 'measure'), values: tableRows(file, 'measure_value') };
    const impact = await call(session, 'getDeleteImpact', { entity: 'measure', id: measure.id });
    expect(impact.message).toBe('Måttet ”Andel medarbetare som frågar om våld” tas bort tillsammans med 2 utfall. Du kan ångra med Ctrl+Z.');
    await call(session, 'deleteMeasure', { id: measure.id });
    expect(measureCount(file, 'measure_value')).toBe(0);
    expect((await call(session, 'undoLastChange', {})).label).toBe('Mått borttaget');
    expect({ measure: tableRows(file, 'measure'), values: tableRows(file, 'measure_value') }).toEqual(before);
  });

  it('goes with its åtgärd, and comes back with it', async () => {
    const { session, file, action, measure } = await planWithMeasure();
    await call(session, 'setMeasureValue', { measureId: measure.id, period: '2024', measuredOn: '2025-02-01', value: 52 });
    expect((await call(session, 'getDeleteImpact', { entity: 'action', id: action.id })).message).toMatch(/1 mått och 1 utfall/);
    await call(session, 'deleteAction', { id: action.id });
    expect(measureCount(file, 'measure')).toBe(0);
    await call(session, 'undoLastChange', {});
    expect(measureCount(file, 'measure_value')).toBe(1);
    expect(file.db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('mått in the JSON export', () => {
  it('travel with their åtgärd and område, and a document whose figures the unit does not allow is refused whole', async () => {
    const { session, measure } = await planWithMeasure();
    await call(session, 'setMeasureValue', { measureId: measure.id, period: '2024', measuredOn: '2025-02-01', value: 52 });
    const platform = capturePlatform();
    await call({ ...session, platform }, 'exportPlanJson', { planId: measure.planId });
    const json = JSON.parse(new TextDecoder().decode(platform.files[0].bytes));
    expect(json.areas[0].actions[0].measures[0]).toMatchObject({ name: measure.name, unit: 'procent', values: [{ period: '2024', value: 52 }] });

    json.areas[0].actions[0].measures[0].values[0].value = 152;
    json.areas[0].actions[0].measures[0].values.push({ ...json.areas[0].actions[0].measures[0].values[0], period: 'våren', value: 50 });
    const target = createTestPlanFile();
    const error = await refusal(target.session, 'restorePlanJson', { file: upload('plan.json', JSON.stringify(json)) });
    expect(error.problems?.map((p) => p.message)).toEqual([
      'Åtgärd ”5.1 Utbilda personal i att fråga om våld”, måttet ”Andel medarbetare som frågar om våld”: värdet 152 måste vara en andel mellan 0 och 100 procent.',
      'Åtgärd ”5.1 Utbilda personal i att fråga om våld”, måttet ”Andel medarbetare som frågar om våld”: ”våren” är ingen period.',
    ]);
    expect(tableRows(target.file, 'plan')).toEqual([]);
  });
});

