import type { Handlers } from './handlers';
import { readSpreadsheet, decodeBase64 } from '../import/spreadsheet';
import { buildPlanPreview, parsePlanFile } from '../import/planPreview';
import { commitPlanImport } from '../import/commitPlan';
import { buildPlanTemplate } from '../import/template';
import { underlagData } from '../underlag/underlagData';
import { buildUnderlag } from '../underlag/underlagWorkbook';
import { readSvarFile } from '../underlag/svarFile';
import { buildSvarPreview } from '../underlag/svarPreview';
import { commitSvar } from '../underlag/commitSvar';
import { exportStatusList } from '../export/statusList';
import { exportPlanJson } from '../export/planJson';
import { parsePlanJson, restorePlan } from '../export/restorePlan';
import { deliverAll } from '../platform';

type TransferCalls = 'previewPlanImport' | 'commitPlanImport' | 'savePlanImportTemplate' | 'exportUnderlag' | 'previewSvarImport'
  | 'commitSvarImport' | 'exportStatusList' | 'exportPlanJson' | 'restorePlanJson';

/**
 * Import, export and underlag. Reading and writing spreadsheets is asynchronous (exceljs), so each
 * handler first reads the file, then calls a synchronous service: no transaction spans an await.
 */
export const transferHandlers: Pick<Handlers, TransferCalls> = {
  previewPlanImport: async ({ ctx }, i) => {
    const sheets = await readSpreadsheet(decodeBase64(i.file.base64), i.file.name);
    return buildPlanPreview(ctx, parsePlanFile(ctx, sheets, i.file.name), i.file.name, i.targetPlanId);
  },
  commitPlanImport: async ({ ctx }, i) => {
    const sheets = await readSpreadsheet(decodeBase64(i.file.base64), i.file.name);
    return commitPlanImport(ctx, parsePlanFile(ctx, sheets, i.file.name), i);
  },
  savePlanImportTemplate: async ({ platform }) => platform.deliverFile(await buildPlanTemplate()),
  exportUnderlag: async ({ ctx, platform }, i) => {
    const exportedAt = ctx.now();
    const files = [];
    for (const data of underlagData(ctx, i)) files.push(await buildUnderlag(data, exportedAt));
    return deliverAll(platform, files);
  },
  previewSvarImport: async ({ ctx }, i) => buildSvarPreview(ctx, await readSvarFile(decodeBase64(i.file.base64), i.file.name), i.file.name, i),
  commitSvarImport: async ({ ctx }, i) => commitSvar(ctx, await readSvarFile(decodeBase64(i.file.base64), i.file.name), i.file.name, i),
  exportStatusList: async ({ ctx, platform }, i) => platform.deliverFile(await exportStatusList(ctx, i)),
  exportPlanJson: ({ ctx, platform }, i) => platform.deliverFile(exportPlanJson(ctx, i.planId)),
  restorePlanJson: ({ ctx }, i) => restorePlan(ctx, parsePlanJson(decodeBase64(i.file.base64), i.file.name)),
};
