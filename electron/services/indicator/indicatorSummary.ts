import type { ServiceContext } from '../context';
import { indicatorYears, summarizeIndicators, type IndicatorSummary } from '@shared/domain/indicatorSummary';
import { listIndicators } from './indicators';

/**
 * The indicator summary for one year (see shared/domain/indicatorSummary.ts): what the Indikatorer
 * view shows and what the yearly report's indicator section is built from. Without a year: the
 * latest year with any value, or this year if nothing has been recorded.
 */
export function getIndicatorSummary(ctx: ServiceContext, input: { year?: number } = {}): IndicatorSummary {
  const indicators = listIndicators(ctx);
  const year = input.year ?? indicatorYears(indicators).pop() ?? Number(ctx.today().slice(0, 4));
  return summarizeIndicators(indicators, year);
}
