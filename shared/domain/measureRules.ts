import type { MeasureUnit } from './measure';
import { periodFromKey } from './period';

/**
 * What a mått's values may be, per unit, as one Swedish clause (null when the value is fine). The
 * service refuses with it, the forms show it beside the field and the underlag import names the cell.
 */
export function measureValueProblem(unit: MeasureUnit, value: number): string | null {
  if (!Number.isFinite(value)) return 'måste vara ett tal.';
  switch (unit) {
    case 'ja_nej':
      return value === 0 || value === 1 ? null : 'måste vara Ja (1) eller Nej (0).';
    case 'procent':
      return value >= 0 && value <= 100 ? null : 'måste vara en andel mellan 0 och 100 procent.';
    case 'antal':
    case 'dagar':
      return value >= 0 ? null : 'kan inte vara negativt.';
    case 'kronor':
      return null;
  }
}

/**
 * An utfall for a period outside the plan's years is allowed (a baseline year, a late figure) but
 * worth a second look: the sentence the form and the import preview show, or null.
 */
export function periodOutsidePlan(plan: { periodStart: number | null; periodEnd: number | null }, period: string): string | null {
  const found = periodFromKey(period);
  if (!found || plan.periodStart === null || plan.periodEnd === null) return null;
  const year = Number(found.start.slice(0, 4));
  if (year >= plan.periodStart && year <= plan.periodEnd) return null;
  return `Perioden ${found.name} ligger utanför planperioden ${plan.periodStart}–${plan.periodEnd}.`;
}
