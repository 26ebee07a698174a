import type { ServiceContext } from '../context';
import type { Plan } from '@shared/domain/types';
import { invalid } from '@shared/errors';

/**
 * Which years a plan's report can be made for, and the date its statuses are taken as of:
 * the year's last day, or today while the year is still running. A year outside the plan's
 * period, or one that has not begun, is refused in Swedish.
 */
export function currentYear(ctx: ServiceContext): number {
  return Number(ctx.today().slice(0, 4));
}

export function periodText(plan: Pick<Plan, 'periodStart' | 'periodEnd'>): string {
  if (plan.periodStart !== null && plan.periodEnd !== null) return `${plan.periodStart}–${plan.periodEnd}`;
  if (plan.periodStart !== null) return `från ${plan.periodStart}`;
  if (plan.periodEnd !== null) return `till ${plan.periodEnd}`;
  return '';
}

export function checkReportYear(ctx: ServiceContext, plan: Plan, year: number): void {
  const outside = (plan.periodStart !== null && year < plan.periodStart) || (plan.periodEnd !== null && year > plan.periodEnd);
  if (outside) throw invalid('year', `År ${year} ligger utanför planens period (${periodText(plan)}). Välj ett år inom perioden.`);
  if (year > currentYear(ctx)) throw invalid('year', `År ${year} har inte börjat ännu. Välj ${currentYear(ctx)} eller ett tidigare år.`);
}

export function reportAsOf(ctx: ServiceContext, plan: Plan, year: number): string {
  checkReportYear(ctx, plan, year);
  return year === currentYear(ctx) ? ctx.today() : `${year}-12-31`;
}

/** The plan's years up to this year, newest first (the last ten when the plan has no period). */
export function reportYears(ctx: ServiceContext, plan: Plan): number[] {
  const last = Math.min(plan.periodEnd ?? currentYear(ctx), currentYear(ctx));
  const first = plan.periodStart ?? last - 9;
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}
