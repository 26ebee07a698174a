import { describe, expect, it } from 'vitest';
import { isInPeriod, periodContaining, periodFromKey, previousPeriod } from '@shared/domain/period';

describe('follow-up periods from the plan’s rhythm', () => {
  it('splits the year into tertials T1 jan–apr, T2 maj–aug, T3 sep–dec, named as status reports name them', () => {
    expect(periodContaining('tertial', '2026-01-01')).toEqual({
      key: '2026-T1', name: 'T1 2026', label: 'T1 2026 (januari–april)', start: '2026-01-01', end: '2026-04-30',
    });
    expect(periodContaining('tertial', '2026-04-30').key).toBe('2026-T1');
    expect(periodContaining('tertial', '2026-05-01')).toMatchObject({ key: '2026-T2', start: '2026-05-01', end: '2026-08-31' });
    expect(periodContaining('tertial', '2026-08-31').key).toBe('2026-T2');
    expect(periodContaining('tertial', '2026-09-01')).toMatchObject({ key: '2026-T3', label: 'T3 2026 (september–december)', end: '2026-12-31' });
    expect(periodContaining('tertial', '2026-12-31').key).toBe('2026-T3');
  });

  it('splits the year into halvår H1 jan–jun and H2 jul–dec', () => {
    expect(periodContaining('halvår', '2026-06-30')).toMatchObject({ key: '2026-H1', start: '2026-01-01', end: '2026-06-30' });
    expect(periodContaining('halvår', '2026-07-01')).toMatchObject({ key: '2026-H2', name: 'H2 2026', start: '2026-07-01', end: '2026-12-31' });
  });

  it('makes the whole calendar year one period when the plan is followed up yearly', () => {
    expect(periodContaining('år', '2026-11-26')).toEqual({ key: '2026', name: '2026', label: '2026', start: '2026-01-01', end: '2026-12-31' });
  });

  it('steps back to the period before, across the new year', () => {
    expect(previousPeriod('tertial', periodContaining('tertial', '2026-02-10')).key).toBe('2025-T3');
    expect(previousPeriod('tertial', periodContaining('tertial', '2026-10-10')).key).toBe('2026-T2');
    expect(previousPeriod('halvår', periodContaining('halvår', '2026-10-10')).key).toBe('2026-H1');
    expect(previousPeriod('år', periodContaining('år', '2026-10-10')).key).toBe('2025');
  });

  it('tells whether a date lies within a period, both ends included', () => {
    const t3 = periodContaining('tertial', '2026-11-26');
    expect(isInPeriod('2026-09-01', t3)).toBe(true);
    expect(isInPeriod('2026-12-31', t3)).toBe(true);
    expect(isInPeriod('2026-08-31', t3)).toBe(false);
    expect(isInPeriod('2027-01-01', t3)).toBe(false);
  });

  it('reads a period back from its key, and refuses what is not one', () => {
    expect(periodFromKey('2026-T2')).toEqual(periodContaining('tertial', '2026-06-01'));
    expect(periodFromKey('2026-H1')?.end).toBe('2026-06-30');
    expect(periodFromKey('2026')).toEqual(periodContaining('år', '2026-03-01'));
    for (const key of ['T2', '2026-Q1', '2026-T4', '26', '']) expect(periodFromKey(key)).toBeNull();
  });
});
