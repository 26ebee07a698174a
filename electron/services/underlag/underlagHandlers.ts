import type { Handlers } from '../api/session';
import { decodeBase64 } from '../import/spreadsheet';
import { deliverAll } from '../platform';
import { underlagData } from './underlagData';
import { buildUnderlag } from './underlagWorkbook';
import { readSvarFile } from './svarFile';
import { buildSvarPreview } from './svarPreview';
import { commitSvar } from './commitSvar';

/**
 * Underlag to the nämnder and their svar read back (shared/api/transfer.ts). Workbooks are
 * written and read asynchronously (exceljs); the services between are synchronous, so no
 * transaction spans an await.
 */
export const underlagHandlers = {
  exportUnderlag: async ({ ctx, platform }, i) => {
    const exportedAt = ctx.now();
    const files = [];
    for (const data of underlagData(ctx, i)) files.push(await buildUnderlag(data, exportedAt));
    return deliverAll(platform, files);
  },
  previewSvarImport: async ({ ctx }, i) => buildSvarPreview(ctx, await readSvarFile(decodeBase64(i.file.base64), i.file.name), i.file.name, i),
  commitSvarImport: async ({ ctx }, i) => commitSvar(ctx, await readSvarFile(decodeBase64(i.file.base64), i.file.name), i.file.name, i),
} satisfies Partial<Handlers>;
