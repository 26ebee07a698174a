import type { AuditResponseDraft, AuditResponseFields, ResponseForm } from '@shared/domain/auditResponse';
import { api } from '@renderer/api/client';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { write } from '@renderer/data/write';
import { deliver } from './deliver';

/**
 * The svar på revisionsrapport from the Granskningar view: its texts per granskning and nämnd, what
 * an export would leave out, and the export itself. Plain calls, not cached: the dialog reads the
 * texts each time it opens (and an export's check must see the file as it is now). Writes throw the ApiError so the form can show it beside its field.
 */
export function loadSvarTexts(auditId: number, bodyId: number): Promise<AuditResponseDraft> {
  return api.getAuditResponse({ auditId, bodyId });
}

export async function saveSvarTexts(auditId: number, bodyId: number, patch: Partial<AuditResponseFields>, version: number | undefined): Promise<void> {
  await write('saveAuditResponse', { auditId, bodyId, version, patch });
  useNoticeStore.getState().show('Svarets texter sparades.');
}

export async function missingInSvar(auditId: number, bodyId: number, form: ResponseForm): Promise<string[]> {
  return (await api.checkAuditResponse({ auditId, bodyId, form })).missing;
}

export async function exportSvar(auditId: number, bodyId: number, form: ResponseForm): Promise<void> {
  const message = deliver(await api.exportAuditResponse({ auditId, bodyId, form }));
  if (message) useNoticeStore.getState().show(message);
}
