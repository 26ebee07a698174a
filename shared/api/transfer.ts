import { z } from 'zod';
import { MAX_IMPORT_FILE_BYTES, STATUS_LIST_FORMATS } from '../domain/transfer';
import type * as transfer from '../domain/transfer';
import type { DeliveredFile } from '../domain/deliveredFile';
import { read, write } from './callSpec';
import { empty, id, isoDate, measureUnit, optionalDate, requiredText, text } from './schemas';

/**
 * Import, export and underlag. A file travels as base64; 5 MB of file is about 6.7 MB of base64, under the HTTP
 * bridge's 8 MB limit (MAX_IMPORT_FILE_BYTES, shared/domain/transfer.ts).
 */

/** How many bytes a base64 text stands for, from its length alone (checked before anything reads it). */
const base64Bytes = (v: string): number => Math.floor(v.length / 4) * 3 - (v.endsWith('==') ? 2 : v.endsWith('=') ? 1 : 0);

export const uploadedFile = z.strictObject({
  name: text().trim().min(1).max(260),
  base64: text()
    .refine((v) => base64Bytes(v) <= MAX_IMPORT_FILE_BYTES, { message: `filen är för stor (högst ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB).`, abort: true })
    .refine((v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v), { message: 'filen kom inte fram hel. Försök igen.' }),
});

/** "2026", "2026-H2", "2026-T3": how status reports name a follow-up period. */
export const periodKey = text().trim().refine((v) => /^\d{4}(-(T[1-3]|H[12]))?$/.test(v), { message: 'skrivs som 2026, 2026-H2 eller 2026-T3.' });

export const planImportPreviewInput = z.strictObject({
  file: uploadedFile,
  /** The plan the åtgärder would go into; null = a new plan. */
  targetPlanId: id.nullable().default(null),
});

export const planImportTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('new'), name: requiredText }),
  z.strictObject({ kind: z.literal('existing'), planId: id }),
]);

export const planImportCommitInput = z.strictObject({
  file: uploadedFile,
  target: planImportTarget,
  statusDate: isoDate,
  bodyChoices: z.array(z.strictObject({ name: requiredText, bodyId: id.nullable() })).max(1_000).default([]),
  /** Per spreadsheet row with a mått: another unit than the one read, or leave the mått out. */
  measureChoices: z.array(z.strictObject({
    row: z.number().int().min(1).max(1_048_576), unit: measureUnit.optional(), skip: z.boolean().default(false),
  })).max(100_000).default([]),
});

export const underlagExportInput = z.strictObject({
  planId: id,
  bodyIds: z.array(id).min(1).max(500),
  period: periodKey,
  replyBy: optionalDate.default(null),
  includeClosed: z.boolean().default(false),
});

export const svarPreviewInput = z.strictObject({
  file: uploadedFile,
  period: periodKey.optional(),
  reportedOn: isoDate.optional(),
});

export const svarCommitInput = svarPreviewInput;

export const statusListExportInput = z.strictObject({
  planId: id,
  format: z.enum(STATUS_LIST_FORMATS),
  asOf: isoDate.optional(),
});

export const planJsonExportInput = z.strictObject({ planId: id });
export const planRestoreInput = z.strictObject({ file: uploadedFile });


export const transferCalls = {
  previewPlanImport: read<transfer.PlanImportPreview>('admin')(planImportPreviewInput),
  /** Re-reads the file and writes everything in one transaction (one undo step). */
  commitPlanImport: write<transfer.PlanImportResult>()(planImportCommitInput),
  savePlanImportTemplate: read<DeliveredFile>('admin')(empty),
  /** One XLSX per nämnd; changes nothing in the plan file. */
  exportUnderlag: read<transfer.DeliveredFiles>('report')(underlagExportInput),
  previewSvarImport: read<transfer.SvarPreview>('admin')(svarPreviewInput),
  commitSvarImport: write<transfer.SvarImportResult>()(svarCommitInput),
  exportStatusList: read<DeliveredFile>()(statusListExportInput),
  exportPlanJson: read<DeliveredFile>('admin')(planJsonExportInput),
  restorePlanJson: write<transfer.RestoreResult>()(planRestoreInput),
} as const;
