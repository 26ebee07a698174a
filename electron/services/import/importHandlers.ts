import type { Handlers } from '../api/session';
import { readSpreadsheet, decodeBase64 } from './spreadsheet';
import { buildPlanPreview, parsePlanFile } from './planPreview';
import { commitPlanImport } from './commitPlan';
import { buildPlanTemplate } from './template';

/**
 * Importing a plan from a spreadsheet (shared/api/transfer.ts). Reading spreadsheets is
 * asynchronous (exceljs), so each handler first reads the file, then calls a synchronous
 * service: no transaction spans an await.
 */
export const importHandlers = {
  previewPlanImport: async ({ ctx }, i) => {
    const sheets = await readSpreadsheet(decodeBase64(i.file.base64), i.file.name);
    return buildPlanPreview(ctx, parsePlanFile(ctx, sheets, i.file.name), i.file.name, i.targetPlanId);
  },
  commitPlanImport: async ({ ctx }, i) => {
    const sheets = await readSpreadsheet(decodeBase64(i.file.base64), i.file.name);
    return commitPlanImport(ctx, parsePlanFile(ctx, sheets, i.file.name), i);
  },
  savePlanImportTemplate: async ({ platform }) => platform.deliverFile(await buildPlanTemplate()),
} satisfies Partial<Handlers>;
