import { create } from 'zustand';
import type { Audit, Body, BodyKind, DeleteImpact } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';
import { useNoticeStore } from './noticeStore';
import { afterWrite, onFileChanged, reloadAll } from './undoStore';

/**
 * Records that belong to the file rather than a plan: nämnder and granskningar.
 * Writes throw the ApiError so a form can show it beside its field; on success every store
 * reloads (a renamed nämnd shows up in every åtgärd's ansvariga) and Ctrl+Z can reverse it.
 */
type BodyPatch = Partial<Pick<Body, 'name' | 'kind' | 'active'>>;

interface RegisterState {
  bodies: Body[];
  audits: Audit[];
  error: string | null;
  load: () => Promise<void>;
  createBody: (input: { name: string; kind: BodyKind }) => Promise<Body>;
  updateBody: (id: number, patch: BodyPatch) => Promise<Body>;
  deleteBody: (id: number) => Promise<void>;
  /** What the confirmation says before a delete, or why the delete is refused. */
  bodyDeleteImpact: (id: number) => Promise<DeleteImpact>;
}

async function written(notice: string): Promise<void> {
  await Promise.all([afterWrite(), reloadAll()]);
  useNoticeStore.getState().show(notice);
}

function changeNotice(body: Body, patch: BodyPatch): string {
  if (patch.active === false) return `${body.name} är markerad som inaktiv.`;
  if (patch.active === true) return `${body.name} är aktiv igen.`;
  return `${body.name} sparades.`;
}

export const useRegisterStore = create<RegisterState>((set, get) => ({
  bodies: [],
  audits: [],
  error: null,
  load: async () => {
    try {
      const [bodies, audits] = await Promise.all([api.listBodies({}), api.listAudits({})]);
      set({ bodies, audits, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  createBody: async (input) => {
    const body = await api.createBody({ ...input, active: true });
    await written(`${body.name} lades till.`);
    return body;
  },
  updateBody: async (id, patch) => {
    const body = await api.updateBody({ id, patch });
    await written(changeNotice(body, patch));
    return body;
  },
  deleteBody: async (id) => {
    const name = get().bodies.find((b) => b.id === id)?.name ?? 'Nämnden';
    await api.deleteBody({ id });
    await written(`${name} togs bort.`);
  },
  bodyDeleteImpact: (id) => api.getDeleteImpact({ entity: 'body', id }),
}));

onFileChanged(() => useRegisterStore.getState().load());
