import { chromium, type Browser } from 'playwright-core';

/**
 * Prints HTML to a tagged PDF in Debian's Chromium through playwright-core: the same printing
 * engine as Electron's printToPDF. Used by browser mode, the CLI and the tests; never by the app.
 * https://chromedevtools.github.io/devtools-protocol/tot/Page/#method-printToPDF
 */
let browser: Promise<Browser> | null = null;

/** The one headless Chromium of this process, started on first use (also draws charts: chromiumRaster.ts). */
export function launch(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return browser;
}

export async function printHtmlToPdf(html: string, options: { landscape?: boolean } = {}): Promise<Uint8Array> {
  const context = await (await launch()).newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    const { data } = await cdp.send('Page.printToPDF', {
      printBackground: true,
      preferCSSPageSize: true,
      landscape: options.landscape === true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    } as Parameters<typeof cdp.send<'Page.printToPDF'>>[1]);
    return Buffer.from(data, 'base64');
  } finally {
    await context.close();
  }
}

export async function closePdfPrinter(): Promise<void> {
  const running = browser;
  browser = null;
  if (running) await (await running).close();
}
