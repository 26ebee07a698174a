import type { ServiceContext } from '../context';
import type { Platform } from '../platform';
import type { DeliveredFile } from '@shared/domain/deliveredFile';
import type { ResponseCheck, ResponseForm } from '@shared/domain/auditResponse';
import { buildResponseModel } from './responseModel';
import { svarDocument } from './responseDocument';
import { DOCX_MIME, renderResponseDocx, responseFileName } from './responseDocx';

/**
 * The svar på revisionsrapport for one nämnd and one granskning, in the form asked for, handed to
 * the user the way the program does it (a save dialog in Electron, a download in browser mode).
 * The model is read before any await, so no transaction or read spans the asynchronous part.
 */
export async function exportAuditResponse(ctx: ServiceContext, platform: Platform, input: { auditId: number; bodyId: number; form: ResponseForm }): Promise<DeliveredFile> {
  const model = buildResponseModel(ctx, input);
  const bytes = await renderResponseDocx(model, input.form, (svg, w, h) => platform.rasterizeSvg(svg, w, h));
  return platform.deliverFile({ fileName: responseFileName(model, input.form), mimeType: DOCX_MIME, bytes });
}

/** What the export would leave out, so the user can be asked before it is written. */
export function checkAuditResponse(ctx: ServiceContext, input: { auditId: number; bodyId: number; form: ResponseForm }): ResponseCheck {
  return { missing: svarDocument(buildResponseModel(ctx, input), input.form).missing };
}
