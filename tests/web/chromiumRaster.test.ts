import { afterAll, describe, expect, it } from 'vitest';
import { chartSvg, chartHeight, CHART_WIDTH } from '@shared/report/chartSvg';
import { closePdfPrinter } from '../../electron/web/chromiumPdf';
import { rasterizeSvgInChromium } from '../../electron/web/chromiumRaster';

afterAll(() => closePdfPrinter());

describe('drawing a report chart as PNG in Chromium', () => {
  it('gives a PNG of twice the CSS size, for a sharp picture in Word', async () => {
    const bars = [{ status: 'genomford' as const, count: 3 }, { status: 'forsenad' as const, count: 1 }];
    const png = Buffer.from(await rasterizeSvgInChromium(chartSvg('Status', bars), CHART_WIDTH, chartHeight(bars)));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(CHART_WIDTH * 2);
    expect(png.readUInt32BE(20)).toBe(chartHeight(bars) * 2);
  });
});
