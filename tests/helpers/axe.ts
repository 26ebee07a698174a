import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: number }

/**
 * Runs axe-core in the page. Injected with page.evaluate because the app's CSP (script-src 'self')
 * blocks script tags; the CSP stays on so the page renders as it does for users.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
