import { describe, expect, it } from 'vitest';
import { countMeasureProgress, measureProgress, measureTrend, type MeasureLine } from '@shared/domain/measureProgress';

/** Baseline 40 at the end of 2022, target 80 at the end of 2026: the line rises 10 a year. */
const rising: MeasureLine = { direction: 'hogre', baselineValue: 40, baselineYear: 2022, targetValue: 80, targetDate: '2026-12-31' };
/** Waiting time: baseline 30 days (2022), target 10 days by the end of 2026, lower is better. */
const falling: MeasureLine = { direction: 'lagre', baselineValue: 30, baselineYear: 2022, targetValue: 10, targetDate: '2026-12-31' };

describe('a mått against the line from utgångsvärde to målvärde', () => {
  it.each([
    ['on the line is on track', rising, [{ period: '2024', value: 60 }], 2024, 'on_track', 60],
    ['above the line is on track when higher is better', rising, [{ period: '2024', value: 61 }], 2024, 'on_track', 60],
    ['below the line is off track when higher is better', rising, [{ period: '2024', value: 59 }], 2024, 'off_track', 60],
    ['below the line is on track when lower is better', falling, [{ period: '2024', value: 19 }], 2024, 'on_track', 20],
    ['above the line is off track when lower is better', falling, [{ period: '2024', value: 21 }], 2024, 'off_track', 20],
    ['past the target date the line stays at the målvärde', rising, [{ period: '2028', value: 79 }], 2028, 'off_track', 80],
    ['a halvår is read at its own end (mid-2024 lies at 55)', rising, [{ period: '2024-H1', value: 55.1 }], 2024, 'on_track', 55],
    ['only the latest utfall of the year counts', rising, [{ period: '2024-T1', value: 90 }, { period: '2024-T3', value: 50 }], 2024, 'off_track', 60],
  ] as const)('%s', (_name, line, values, year, state, expected) => {
    const result = measureProgress(line, values, year);
    expect(result.state).toBe(state);
    expect(result.expected).toBeCloseTo(expected, 0);
    expect(result.latest).toEqual(values[values.length - 1]);
  });

  it('says no utfall this year when the newest is from an earlier year, and ignores later years', () => {
    expect(measureProgress(rising, [{ period: '2023', value: 70 }], 2024)).toEqual({ state: 'no_value', latest: { period: '2023', value: 70 }, expected: null });
    expect(measureProgress(rising, [], 2024).state).toBe('no_value');
    // The 2025 report judges 2025's utfall, even when 2026's are already recorded.
    const values = [{ period: '2025', value: 50 }, { period: '2026', value: 90 }];
    expect(measureProgress(rising, values, 2025)).toMatchObject({ state: 'off_track', latest: { period: '2025', value: 50 } });
  });

  it('cannot judge a mått without målvärde, but still reports its latest utfall', () => {
    const noTarget = { ...rising, targetValue: null, targetDate: null };
    expect(measureProgress(noTarget, [{ period: '2024', value: 60 }], 2024)).toEqual({ state: 'not_judged', latest: { period: '2024', value: 60 }, expected: null });
  });

  it('starts the line at the first utfall when there is no utgångsvärde', () => {
    const noBaseline = { ...rising, baselineValue: null, baselineYear: null };
    // First utfall 40 at the end of 2022, as the baseline above: the same line.
    expect(measureProgress(noBaseline, [{ period: '2022', value: 40 }, { period: '2024', value: 59 }], 2024).state).toBe('off_track');
    expect(measureProgress(noBaseline, [{ period: '2022', value: 40 }, { period: '2024', value: 60 }], 2024).state).toBe('on_track');
    expect(measureProgress(noBaseline, [{ period: '2024', value: 60 }], 2024).state).toBe('not_judged');
  });

  it('leaves out utfall whose period is not a follow-up period', () => {
    expect(measureProgress(rising, [{ period: 'okänd', value: 99 }], 2024)).toEqual({ state: 'no_value', latest: null, expected: null });
  });

  it('counts mått per state', () => {
    expect(countMeasureProgress([{ state: 'on_track' }, { state: 'on_track' }, { state: 'no_value' }]))
      .toEqual({ on_track: 2, off_track: 0, no_value: 1, not_judged: 0 });
  });
});

describe('a mått’s trend', () => {
  it('compares the latest utfall up to the year with the one before, in period order', () => {
    const values = [{ period: '2025', value: 50 }, { period: '2024', value: 40 }, { period: '2026-T1', value: 45 }];
    expect(measureTrend(values, 2025)).toBe('up');
    expect(measureTrend(values, 2026)).toBe('down');
    expect(measureTrend([{ period: '2024', value: 4 }, { period: '2025', value: 4 }], 2025)).toBe('flat');
    expect(measureTrend(values, 2024)).toBeNull();
  });
});
