import { z } from 'zod';
import { EXPORT_FORMATS, REPORT_KINDS } from '../report/model';
import { id, text, year } from './schemas';

/** Inputs of the report calls (contract.ts, section "reports"). Strict, like every schema. */
export const reportRequest = z.strictObject({
  kind: z.enum(REPORT_KINDS),
  planId: id,
  year,
  bodyId: id.nullable().optional(),
});
export const reportExport = reportRequest.extend({ format: z.enum(EXPORT_FORMATS) });
export const reportYearKey = z.strictObject({ planId: id, year });
export const reportTextReset = z.strictObject({ planId: id, year, key: text().trim().min(1).max(100) });
export const closedYearsInput = z.strictObject({ planId: id });
