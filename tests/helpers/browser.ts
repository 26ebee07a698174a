import { chromium, type Browser } from 'playwright-core';

/** How long one browser step may take: CI machines have two cores shared by several test files. */
const STEP_TIMEOUT_MS = 90_000;

/**
 * Debian's Chromium, headless, with the flags this machine's closed network needs. Every context it
 * makes waits up to STEP_TIMEOUT_MS per step, so a loaded machine is slow rather than failing.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=sv-SE'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    return context;
  };
  return browser;
}
