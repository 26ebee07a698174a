/**
 * Where Översikt's charts put their axes, bars, lines and labels, as pure numbers, so the charts
 * themselves are plain SVG drawn in one React pass. The rules are recharts' (which drew these
 * charts before, and still draws the indicator charts), so the charts look as they did: a count
 * axis from 0 with five "nice" ticks, one band per category with the bar centred in it, six-pixel
 * tick marks with two pixels to their labels, and a 30-pixel axis under the plot.
 */
export const TICK_SIZE = 6;
export const TICK_MARGIN = 2;
export const X_AXIS_HEIGHT = 30;

export interface Margin { top: number; right: number; bottom: number; left: number }
export interface Plot { left: number; top: number; width: number; height: number }

/** Float noise away before a ceiling: 1.5000000000000002 must count as 1.5. */
function ceilClean(value: number): number {
  return Math.ceil(Math.round(value * 1e9) / 1e9);
}

/** recharts' getAdaptiveStep for whole numbers: a step like 1, 2, 5, 10, 15, 20, 25 … at or above `rough`. */
function adaptiveStep(rough: number, correction: number): number {
  if (rough <= 0) return 0;
  const digits = Math.floor(Math.log10(rough)) + 1;
  const magnitude = 10 ** digits;
  const scale = digits !== 1 ? 0.05 : 0.1;
  const ratio = (ceilClean(rough / magnitude / scale) + correction) * scale;
  return ceilClean(ratio * magnitude);
}

/**
 * The ticks of a count axis from 0 to `max` (recharts' getNiceTickValues([0, max], count, false)):
 * `count` whole numbers from 0, evenly spaced, the last at or above `max`.
 */
export function countTicks(max: number, count = 5): number[] {
  if (max <= 0) return Array.from({ length: count }, (_, i) => i);
  for (let correction = 0; ; correction++) {
    const step = adaptiveStep(max / (count - 1), correction);
    if (Math.ceil(max / step) + 1 <= count) return Array.from({ length: count }, (_, i) => i * step);
  }
}

/** A plot area inside a chart of `width` × `height`, after the margins, the y axis and the x axis below. */
export function plotArea(width: number, height: number, margin: Margin, yAxisWidth: number): Plot {
  return {
    left: margin.left + yAxisWidth,
    top: margin.top,
    width: width - margin.left - margin.right - yAxisWidth,
    height: height - margin.top - margin.bottom - X_AXIS_HEIGHT,
  };
}

/** A linear scale from [d0, d1] onto [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  return (value) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
}

/** Bands of equal height from the top, no padding: where each category and its bar go. */
export interface Band { start: number; size: number; centre: number }

export function bands(count: number, start: number, length: number): Band[] {
  const size = count === 0 ? 0 : length / count;
  return Array.from({ length: count }, (_, i) => ({ start: start + i * size, size, centre: start + (i + 0.5) * size }));
}

/**
 * A bar of `barSize` centred in its band (rounded as recharts rounds it); a band too narrow for it
 * gets a bar of 90 % of the band.
 */
export function barInBand(band: Band, barSize: number): { offset: number; size: number } {
  if (barSize >= band.size && band.size > 0) {
    const size = band.size * 0.9;
    return { offset: Math.round((band.size - size) / 2), size };
  }
  return { offset: Math.round((band.size - barSize) / 2), size: barSize };
}

/**
 * Evenly spaced points from `start` to `start + length` (the first and the last at the ends);
 * a single point in the middle.
 */
export function pointPositions(count: number, start: number, length: number): number[] {
  if (count === 1) return [start + length / 2];
  return Array.from({ length: count }, (_, i) => start + (count === 0 ? 0 : (i * length) / (count - 1)));
}

/** A number as written into SVG: at most three decimals, no float noise. */
export function svgNumber(value: number): number {
  return Math.round(value * 1000) / 1000;
}
