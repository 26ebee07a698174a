import type { ServiceContext } from '../context';
import type { Platform } from '../platform';
import type { DeliveredFile } from '../../../shared/domain/deliveredFile';
import { buildResponseModel } from './responseModel';
import { DOCX_MIME, renderResponseDocx, responseFileName } from './responseDocx';

/**
 * The Svar på revisionsrapport draft for one nämnd and one granskning, handed to the user the way
 * the program does it (a save dialog in Electron, a download in browser mode). The model is read
 * before any await, so no transaction or read spans the asynchronous part.
 */
export async function exportAuditResponse(ctx: ServiceContext, platform: Platform, input: { auditId: number; bodyId: number }): Promise<DeliveredFile> {
  const model = buildResponseModel(ctx, input);
  const bytes = await renderResponseDocx(model);
  return platform.deliverFile({ fileName: responseFileName(model), mimeType: DOCX_MIME, bytes });
}
