import { describe, expect, it } from 'vitest';
import { suggestPeriod } from '@renderer/views/plan/reportPeriod';

describe('suggestPeriod: the follow-up period a report date falls in, in the plan’s rhythm', () => {
  it('tertial: jan–apr T1, maj–aug T2, sep–dec T3', () => {
    expect(suggestPeriod('2026-01-01', 'tertial')).toBe('2026-T1');
    expect(suggestPeriod('2026-04-30', 'tertial')).toBe('2026-T1');
    expect(suggestPeriod('2026-05-01', 'tertial')).toBe('2026-T2');
    expect(suggestPeriod('2026-08-31', 'tertial')).toBe('2026-T2');
    expect(suggestPeriod('2026-11-26', 'tertial')).toBe('2026-T3');
  });

  it('halvår: jan–jun H1, jul–dec H2', () => {
    expect(suggestPeriod('2026-06-30', 'halvår')).toBe('2026-H1');
    expect(suggestPeriod('2026-07-01', 'halvår')).toBe('2026-H2');
  });

  it('år: the year; no date: nothing', () => {
    expect(suggestPeriod('2026-11-26', 'år')).toBe('2026');
    expect(suggestPeriod(null, 'tertial')).toBe('');
  });
});
