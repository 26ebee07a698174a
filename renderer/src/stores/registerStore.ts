import type { Body, BodyKind, DeleteImpact } from '@shared/domain/types';
import { api } from '../api/client';
import { write } from '../data/write';
import { useNoticeStore } from './noticeStore';

/**
 * Writes to the register of nämnder (the file's, not a plan's). The list itself is read through
 * the cache (useCall('listBodies')); a write's answer refreshes every view that shows a nämnd
 * (a renamed nämnd shows up in every åtgärd's ansvariga). Writes throw the ApiError so a form can
 * show it beside its field; Ctrl+Z can reverse them.
 */
type BodyPatch = Partial<Pick<Body, 'name' | 'kind' | 'active'>>;

function changeNotice(body: Body, patch: BodyPatch): string {
  if (patch.active === false) return `${body.name} är markerad som inaktiv.`;
  if (patch.active === true) return `${body.name} är aktiv igen.`;
  return `${body.name} sparades.`;
}

const notice = (text: string): void => useNoticeStore.getState().show(text);

export const bodyWrites = {
  createBody: async (input: { name: string; kind: BodyKind }): Promise<Body> => {
    const body = await write('createBody', { ...input, active: true });
    notice(`${body.name} lades till.`);
    return body;
  },
  updateBody: async (id: number, patch: BodyPatch, version?: number): Promise<Body> => {
    const body = await write('updateBody', { id, version, patch });
    notice(changeNotice(body, patch));
    return body;
  },
  deleteBody: async (body: Body): Promise<void> => {
    await write('deleteBody', { id: body.id });
    notice(`${body.name} togs bort.`);
  },
  /** What the confirmation says before a delete, or why the delete is refused. */
  bodyDeleteImpact: (id: number): Promise<DeleteImpact> => api.getDeleteImpact({ entity: 'body', id }),
};
