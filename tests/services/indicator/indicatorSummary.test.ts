import { describe, expect, it } from 'vitest';
import { OWN_GROUP, summarizeIndicators } from '@shared/domain/indicatorSummary';
import type { Indicator, IndicatorValue } from '@shared/domain/types';

let nextId = 1;
function indicator(qualityArea: string, share: number | null, values: Record<number, 0 | 1 | 2>): Indicator {
  const id = nextId++;
  const list: IndicatorValue[] = Object.entries(values).map(([year, score]) => ({ indicatorId: id, year: Number(year), score, value: null, comment: '' }));
  return { id, code: `K-${id}`, qualityArea, indicatorArea: '', text: `Indikator ${id}`, nationalShareYes: share, origin: '', unit: null, values: list, version: 1 };
}

describe('the indicator summary (what the Indikatorer view and the yearly report show)', () => {
  const indicators = [
    indicator('Kunskapsbaserad verksamhet', 60, { 2024: 0, 2025: 2 }),
    indicator('Kunskapsbaserad verksamhet', 20, { 2024: 1, 2025: 1 }),
    indicator('Kunskapsbaserad verksamhet', 90, {}),
    indicator('Tillgänglighet', 80, { 2025: 0 }),
    indicator('', null, { 2025: 2 }),
  ];

  it('shares of Ja per kvalitetsområde against the national mean for the same answered indicators', () => {
    const s = summarizeIndicators(indicators, 2025);
    expect(s).toMatchObject({ year: 2025, previousYear: 2024, years: [2024, 2025] });
    expect(s.byQualityArea.map((g) => g.name)).toEqual(['Kunskapsbaserad verksamhet', 'Tillgänglighet', OWN_GROUP]);
    expect(s.byQualityArea[0]).toEqual({
      name: 'Kunskapsbaserad verksamhet', indicators: 3, answered: 2, counts: { ja: 1, delvis: 1, nej: 0 },
      shareYes: 50, previousShareYes: 0, nationalShareYes: 40,
    });
    expect(s.byQualityArea[1]).toMatchObject({ answered: 1, shareYes: 0, previousShareYes: null, nationalShareYes: 80 });
    // Own indicators have no national share: they count for the kommun, not in the national mean.
    expect(s.byQualityArea[2]).toMatchObject({ answered: 1, shareYes: 100, nationalShareYes: null });
    expect(s.total).toMatchObject({ indicators: 5, answered: 4, counts: { ja: 2, delvis: 1, nej: 1 }, shareYes: 50 });
    expect(s.total.nationalShareYes).toBeCloseTo((60 + 20 + 80) / 3);
  });

  it('each indicator with this year’s and the comparison year’s answer', () => {
    const rows = summarizeIndicators(indicators, 2025).rows;
    expect(rows.map((r) => [r.score, r.previousScore])).toEqual([[2, 0], [1, 1], [null, null], [0, null], [2, null]]);
    expect(rows[4].qualityArea).toBe(OWN_GROUP);
  });

  it('every year in points and counts, oldest first; a year without values has nothing answered', () => {
    const s = summarizeIndicators(indicators, 2026);
    expect(s.previousYear).toBe(2025);
    expect(s.total.answered).toBe(0);
    expect(s.total.shareYes).toBeNull();
    expect(s.byYear).toEqual([
      { year: 2024, answered: 2, counts: { ja: 0, delvis: 1, nej: 1 }, shareYes: 0, points: 1, maxPoints: 4 },
      { year: 2025, answered: 4, counts: { ja: 2, delvis: 1, nej: 1 }, shareYes: 50, points: 5, maxPoints: 8 },
    ]);
  });

  it('leaves out own indicators answered with a number: they have no Ja to count', () => {
    const numeric: Indicator = {
      id: 99, code: 'EGEN-2', qualityArea: '', indicatorArea: '', text: 'Anmälda brott', nationalShareYes: null, origin: 'egen', unit: 'antal', version: 1,
      values: [{ indicatorId: 99, year: 2025, score: null, value: 412, comment: '' }, { indicatorId: 99, year: 2023, score: null, value: 380, comment: '' }],
    };
    const s = summarizeIndicators([...indicators, numeric], 2025);
    expect(s.rows.map((r) => r.code)).not.toContain('EGEN-2');
    expect(s.years).toEqual([2024, 2025]);
    expect(s.total).toMatchObject({ indicators: 5, answered: 4 });
  });
});
