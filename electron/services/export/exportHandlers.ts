import type { Handlers } from '../api/session';
import { decodeBase64 } from '../import/spreadsheet';
import { exportStatusList } from './statusList';
import { exportPlanJson } from './planJson';
import { parsePlanJson, restorePlan } from './restorePlan';

/** The status list and the whole plan as JSON, out and back in (shared/api/transfer.ts). */
export const exportHandlers = {
  exportStatusList: async ({ ctx, platform }, i) => platform.deliverFile(await exportStatusList(ctx, i)),
  exportPlanJson: ({ ctx, platform }, i) => platform.deliverFile(exportPlanJson(ctx, i.planId)),
  restorePlanJson: ({ ctx }, i) => restorePlan(ctx, parsePlanJson(decodeBase64(i.file.base64), i.file.name)),
} satisfies Partial<Handlers>;
