import type { Locator, Page } from 'playwright-core';

const isFocused = (target: Locator): Promise<boolean> => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab until `target` has focus, as a keyboard user would reach it; fails if it is not
 * reached within `maxTabs` presses (not in the tab order, or behind a trap).
 */
export async function tabTo(page: Page, target: Locator, maxTabs = 400): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (await isFocused(target)) return;
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`Tab did not reach ${target} in ${maxTabs} presses; focus is on ${focused}`);
}

/** Whether keyboard focus is inside `container` (a dialog, say). */
export function focusIsIn(container: Locator): Promise<boolean> {
  return container.evaluate((el) => el.contains(document.activeElement));
}

/** The accessible text of what has focus: its aria-label, or else its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });
}
