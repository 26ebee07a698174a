import type { Page } from 'playwright-core';
import { launch } from './chromiumPdf';

/**
 * Draws an SVG chart as a PNG in headless Chromium (browser mode, CLI, tests), at twice the
 * size so it stays sharp when Word scales it. JavaScript is off: the SVG is static. One page is
 * kept and reused (a report has a chart per område), and drawings take turns on it.
 */
const PAGE_CSS = 'html, body { margin: 0; padding: 0; background: #fff; } svg { display: block; }';

let page: Promise<Page> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function openPage(): Promise<Page> {
  const browser = await launch();
  const context = await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: 2 });
  const opened = await context.newPage();
  // Chromium may be closed (closePdfPrinter) and started again: then a new page is needed.
  browser.once('disconnected', () => { page = null; });
  return opened;
}

async function draw(svg: string, width: number, height: number): Promise<Uint8Array> {
  page ??= openPage();
  const current = await page;
  await current.setViewportSize({ width, height });
  await current.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${PAGE_CSS}</style></head><body>${svg}</body></html>`, { waitUntil: 'load' });
  return current.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } });
}

export function rasterizeSvgInChromium(svg: string, width: number, height: number): Promise<Uint8Array> {
  const result = queue.then(() => draw(svg, width, height));
  queue = result.catch(() => undefined);
  return result;
}
