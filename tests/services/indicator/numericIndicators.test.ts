import { describe, expect, it } from 'vitest';
import { createTestPlanFile, withDemoPlan } from '../../helpers/planFile';
import { call, refusal } from '../import/importHelpers';

describe('the kommun’s own indicators answered with a number', () => {
  it('take a number per year in their unit, replace it when set again, and go with one Ctrl+Z', async () => {
    const { session } = createTestPlanFile();
    const own = await call(session, 'createIndicator', { code: 'EGEN-1', text: 'Anmälda brott om grov kvinnofridskränkning', unit: 'antal' });
    expect(own).toMatchObject({ unit: 'antal', origin: 'egen' });
    await call(session, 'setIndicatorValue', { indicatorId: own.id, year: 2025, value: 41, comment: 'Polisens statistik' });
    await call(session, 'setIndicatorValue', { indicatorId: own.id, year: 2025, value: 43 });
    expect((await call(session, 'listIndicators', {})).find((i) => i.id === own.id)?.values)
      .toEqual([{ indicatorId: own.id, year: 2025, score: null, value: 43, comment: '' }]);
    await call(session, 'undoLastChange', {});
    expect((await call(session, 'listIndicators', {})).find((i) => i.id === own.id)?.values[0]).toMatchObject({ value: 41, comment: 'Polisens statistik' });
    // They have no Ja to count, so the summary the view and the report show leaves them out.
    expect((await call(session, 'getIndicatorSummary', { year: 2025 })).rows.map((r) => r.code)).not.toContain('EGEN-1');
  });

  it('refuse a Ja/Delvis/Nej answer, a figure the unit does not allow, and a score for them, writing nothing', async () => {
    const { session, file } = createTestPlanFile();
    const share = await call(session, 'createIndicator', { code: 'EGEN-2', text: 'Andel som fått stöd inom en vecka', unit: 'procent' });
    const rows = () => file.db.prepare('SELECT * FROM indicator_value ORDER BY indicator_id, year').all();
    const before = rows();
    expect((await refusal(session, 'setIndicatorValue', { indicatorId: share.id, year: 2025, score: 2 })).message)
      .toBe('EGEN-2 besvaras med ett tal (procent).');
    expect((await refusal(session, 'setIndicatorValue', { indicatorId: share.id, year: 2025, value: 140 })).message)
      .toBe('EGEN-2: värdet måste vara en andel mellan 0 och 100 procent.');
    expect((await refusal(session, 'setIndicatorValue', { indicatorId: share.id, year: 2025, value: '64 %' })).problems)
      .toEqual([{ field: 'value', message: 'Utfall: måste vara ett tal.' }]);
    expect(rows()).toEqual(before);
  });

  it('leave the ÖJ indicators Ja/Delvis/Nej: no number for them, and no unit', async () => {
    const { session } = withDemoPlan();
    const oj = (await call(session, 'listIndicators', {})).find((i) => i.origin !== 'egen')!;
    expect((await refusal(session, 'setIndicatorValue', { indicatorId: oj.id, year: 2025, value: 3 })).message).toBe(`${oj.code} besvaras med Ja, Delvis eller Nej.`);
    expect((await refusal(session, 'updateIndicator', { id: oj.id, patch: { unit: 'antal' } })).message)
      .toBe('Bara egna indikatorer kan besvaras med tal. ÖJ-indikatorerna besvaras med Ja, Delvis eller Nej.');
  });

  it('keep how they are answered once they have answers', async () => {
    const { session } = createTestPlanFile();
    const own = await call(session, 'createIndicator', { code: 'EGEN-3', text: 'Rutin finns' });
    await call(session, 'setIndicatorValue', { indicatorId: own.id, year: 2025, score: 1 });
    expect((await refusal(session, 'updateIndicator', { id: own.id, patch: { unit: 'antal' } })).message)
      .toBe('Svarssättet kan inte ändras när indikatorn har svar. Ta bort svaren först.');
    expect(await call(session, 'updateIndicator', { id: own.id, patch: { unit: null, text: 'Skriftlig rutin finns' } })).toMatchObject({ unit: null, text: 'Skriftlig rutin finns' });
  });
});
