import type { Browser, CDPSession, Page } from 'playwright-core';
import { htmlAuthor, withAccessibilityMetadata } from '../services/pdf/accessiblePdf';

/**
 * Prints HTML to a tagged PDF in Debian's Chromium through playwright-core: the same printing
 * engine as Electron's printToPDF, finished with the same XMP metadata (services/pdf/accessiblePdf.ts). Used by browser mode, the CLI and the tests; never by the app.
 * https://chromedevtools.github.io/devtools-protocol/tot/Page/#method-printToPDF
 *
 * One page is kept warm and prints take turns on it. A new page per print cost more than the
 * printing of a 56-page report itself: headless Chromium opens every new tab in a window of its
 * own with the omnibox's WebUI renderer, about 2 s of CPU on a 2-core machine (issue 5's bench).
 */
let browser: Promise<Browser> | null = null;

interface Printer { page: Page; cdp: CDPSession }

let printer: Promise<Printer> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** The one headless Chromium of this process, started on first use (also draws charts: chromiumRaster.ts). */
export function launch(): Promise<Browser> {
  if (browser) return browser;
  // Loaded on first print, so `planuppfoljning serve` starts (and answers everything but PDFs) where it is missing.
  const starting = import('playwright-core').then(({ chromium }) => chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  }));
  browser = starting;
  // A Chromium that died is started again on next use, not handed out dead.
  void starting.then((running) => running.once('disconnected', () => { if (browser === starting) browser = null; }), () => {
    if (browser === starting) browser = null;
  });
  return starting;
}

async function openPrinter(): Promise<Printer> {
  const context = await (await launch()).newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  return { page, cdp: await context.newCDPSession(page) };
}

/** The warm page, or a new one where it was closed (after a failed print) or Chromium was closed. */
async function currentPrinter(): Promise<Printer> {
  const ready = printer ? await printer.catch(() => null) : null;
  if (ready && !ready.page.isClosed() && ready.page.context().browser()?.isConnected() === true) return ready;
  printer = openPrinter();
  return printer;
}

async function print(html: string, landscape: boolean): Promise<Uint8Array> {
  const { page, cdp } = await currentPrinter();
  let pdf: Uint8Array;
  try {
    // A fresh document each time: document.write (setContent) would keep the previous document's
    // Content-Security-Policy (handouts add one), and its styles must never reach the next print.
    await page.goto('about:blank');
    await page.setContent(html, { waitUntil: 'load' });
    const { data } = await cdp.send('Page.printToPDF', {
      printBackground: true,
      preferCSSPageSize: true,
      landscape,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    } as Parameters<typeof cdp.send<'Page.printToPDF'>>[1]);
    // Outside the try: a failure to add the metadata is not a broken page.
    pdf = Buffer.from(data, 'base64');
  } catch (error) {
    // The page may be in any state after a failure (a crash, say): the next print starts on a new one.
    await page.context().close().catch(() => undefined);
    throw error;
  }
  return withAccessibilityMetadata(pdf, { author: htmlAuthor(html) });
}

export function printHtmlToPdf(html: string, options: { landscape?: boolean } = {}): Promise<Uint8Array> {
  const result = queue.then(() => print(html, options.landscape === true));
  queue = result.catch(() => undefined);
  return result;
}

export async function closePdfPrinter(): Promise<void> {
  const running = browser;
  browser = null;
  printer = null;
  if (running) await (await running).close();
}
