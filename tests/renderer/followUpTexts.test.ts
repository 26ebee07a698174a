import { describe, expect, it } from 'vitest';
import { relativeDays } from '@renderer/views/followup/days';
import { actionsText } from '@renderer/views/dashboard/format';

describe('the days and counts Att göra and the slides print', () => {
  it.each([
    ['2026-11-26', 'i dag'], ['2026-11-27', 'i morgon'], ['2026-11-25', 'i går'], ['2026-12-01', 'om fem dagar'],
    ['2026-12-08', 'om tolv dagar'], ['2026-12-09', 'om 13 dagar'], ['2026-11-21', 'för fem dagar sedan'], ['2026-10-27', 'för 30 dagar sedan'],
  ])('%s is "%s" from 2026-11-26, with numbers up to twelve in words', (date, text) => {
    expect(relativeDays('2026-11-26', date)).toBe(text);
  });

  it('keeps digits in labels beside figures, with the noun agreeing', () => {
    expect([actionsText(1), actionsText(2), actionsText(1000)]).toEqual(['1 åtgärd', '2 åtgärder', '1\u00a0000 åtgärder']);
  });
});
