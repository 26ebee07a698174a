import { describe, expect, it } from 'vitest';
import { getNiceTickValues } from 'recharts';
import { barInBand, bands, countTicks, pointPositions } from '../../renderer/src/views/dashboard/chartGeometry';

/**
 * Översikt's charts are plain SVG laid out by chartGeometry.ts with recharts' rules, so they look
 * as they did when recharts drew them. The count axis is checked against recharts itself.
 */
describe('chartGeometry', () => {
  it('gives the count axis the same ticks as recharts for every maximum up to 5 000, and some larger', () => {
    for (const max of [...Array.from({ length: 5001 }, (_, i) => i), 9_999, 10_000, 12_345, 99_999, 250_000]) {
      expect(countTicks(max), `max ${max}`).toEqual(getNiceTickValues([0, max], 5, false));
    }
  });

  it('centres a bar in its band as recharts does, and narrows a bar that does not fit', () => {
    const six = bands(6, 4, 206);
    expect(six[0]).toEqual({ start: 4, size: 206 / 6, centre: 4 + 206 / 12 });
    // 34.33 px bands, 25 px bars: 4.67 px above, rounded to 5 (recharts' first bar at y = 9).
    expect(barInBand(six[0], 25)).toEqual({ offset: 5, size: 25 });
    expect(barInBand({ start: 0, size: 20, centre: 10 }, 25)).toEqual({ offset: 1, size: 18 });
  });

  it('spreads the trend points from edge to edge, one point in the middle', () => {
    expect(pointPositions(3, 56, 905)).toEqual([56, 508.5, 961]);
    expect(pointPositions(1, 56, 905)).toEqual([508.5]);
    expect(pointPositions(0, 56, 905)).toEqual([]);
  });
});
