import { create } from 'zustand';
import type { CallInput } from '../../../../shared/api/contract';
import type {
  ActionStatusRow, Area, Audit, AuditDetail, Body, DeleteImpact, Plan, RecommendationFollowup,
} from '../../../../shared/domain/types';
import { api, errorMessage } from '../../api/client';
import { useNoticeStore } from '../../stores/noticeStore';
import { afterWrite, onFileChanged, reloadAll } from '../../stores/undoStore';

/**
 * The Granskningar view's data: every granskning, the selected one in full with its follow-ups,
 * and what recommendations link to (åtgärder, områden). Writes throw the ApiError so a form can
 * show it beside its field; after a write every store reloads and Ctrl+Z can reverse it.
 */
export type AuditFields = CallInput<'createAudit'>;
export type QuestionFields = Omit<CallInput<'createAuditQuestion'>, 'auditId'>;
export type ResponsePatch = CallInput<'updateRecommendationResponse'>['patch'];
export type FollowupFields = Omit<CallInput<'createRecommendationFollowup'>, 'recommendationId' | 'bodyId'>;
export type ActionFromRecommendation = CallInput<'createActionFromRecommendation'>;

/** Follow-ups are kept per recommendation and nämnd. */
export function followupKey(recommendationId: number, bodyId: number): string {
  return `${recommendationId}:${bodyId}`;
}

interface AuditState {
  audits: Audit[];
  bodies: Body[];
  plans: Plan[];
  areas: Area[];
  actions: ActionStatusRow[];
  selectedId: number | null;
  detail: AuditDetail | null;
  followups: Record<string, RecommendationFollowup[]>;
  loaded: boolean;
  error: string | null;
  load: () => Promise<void>;
  select: (id: number | null) => Promise<void>;
  saveAudit: (id: number | null, fields: AuditFields) => Promise<Audit>;
  deleteAudit: (id: number) => Promise<void>;
  saveQuestion: (id: number | null, fields: QuestionFields) => Promise<void>;
  deleteQuestion: (id: number) => Promise<void>;
  saveRecommendation: (id: number | null, fields: { text: string; bodyIds: number[] }) => Promise<void>;
  deleteRecommendation: (id: number) => Promise<void>;
  saveResponse: (recommendationId: number, bodyId: number, patch: ResponsePatch) => Promise<void>;
  addFollowup: (recommendationId: number, bodyId: number, fields: FollowupFields) => Promise<void>;
  link: (recommendationId: number, actionId: number) => Promise<void>;
  unlink: (recommendationId: number, actionId: number) => Promise<void>;
  createActionFrom: (input: ActionFromRecommendation) => Promise<void>;
  deleteImpact: (entity: 'audit' | 'audit_question' | 'recommendation', id: number) => Promise<DeleteImpact>;
}

async function written(notice: string): Promise<void> {
  await Promise.all([afterWrite(), reloadAll()]);
  useNoticeStore.getState().show(notice);
}

async function loadFollowups(detail: AuditDetail): Promise<Record<string, RecommendationFollowup[]>> {
  const pairs = detail.recommendations.flatMap((r) => r.addressees.map((a) => [r.id, a.bodyId] as const));
  const lists = await Promise.all(pairs.map(([recommendationId, bodyId]) => api.listRecommendationFollowups({ recommendationId, bodyId })));
  return Object.fromEntries(pairs.map(([r, b], i) => [followupKey(r, b), lists[i]]));
}

export const useAuditStore = create<AuditState>((set, get) => ({
  audits: [],
  bodies: [],
  plans: [],
  areas: [],
  actions: [],
  selectedId: null,
  detail: null,
  followups: {},
  loaded: false,
  error: null,
  load: async () => {
    try {
      const [audits, bodies, plans, areas, actions] = await Promise.all([
        api.listAudits({}), api.listBodies({}), api.listPlans({}), api.listAreas({}), api.listActions({}),
      ]);
      const current = get().selectedId;
      const selectedId = audits.some((a) => a.id === current) ? current : (audits[0]?.id ?? null);
      const detail = selectedId === null ? null : await api.getAudit({ id: selectedId });
      const followups = detail ? await loadFollowups(detail) : {};
      set({ audits, bodies, plans, areas, actions, selectedId, detail, followups, loaded: true, error: null });
    } catch (error) {
      set({ error: errorMessage(error), loaded: true });
    }
  },
  select: async (id) => {
    set({ selectedId: id });
    if (id === null) {
      set({ detail: null, followups: {} });
      return;
    }
    try {
      const detail = await api.getAudit({ id });
      set({ detail, followups: await loadFollowups(detail), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  saveAudit: async (id, fields) => {
    const audit = id === null ? await api.createAudit(fields) : await api.updateAudit({ id, patch: fields });
    set({ selectedId: audit.id });
    await written(id === null ? `Granskningen ”${audit.title}” registrerades.` : 'Granskningen sparades.');
    return audit;
  },
  deleteAudit: async (id) => {
    const title = get().audits.find((a) => a.id === id)?.title ?? '';
    await api.deleteAudit({ id });
    set({ selectedId: null });
    await written(`Granskningen ”${title}” togs bort.`);
  },
  saveQuestion: async (id, fields) => {
    const auditId = get().selectedId!;
    if (id === null) await api.createAuditQuestion({ ...fields, auditId });
    else await api.updateAuditQuestion({ id, patch: fields });
    await written(id === null ? 'Revisionsfrågan lades till.' : 'Revisionsfrågan sparades.');
  },
  deleteQuestion: async (id) => {
    await api.deleteAuditQuestion({ id });
    await written('Revisionsfrågan togs bort.');
  },
  saveRecommendation: async (id, fields) => {
    const auditId = get().selectedId!;
    if (id === null) await api.createRecommendation({ ...fields, auditId });
    else await api.updateRecommendation({ id, patch: fields });
    await written(id === null ? 'Rekommendationen lades till.' : 'Rekommendationen sparades.');
  },
  deleteRecommendation: async (id) => {
    await api.deleteRecommendation({ id });
    await written('Rekommendationen togs bort.');
  },
  saveResponse: async (recommendationId, bodyId, patch) => {
    const response = await api.updateRecommendationResponse({ recommendationId, bodyId, patch });
    await written(`Svaret från ${response.bodyName} sparades.`);
  },
  addFollowup: async (recommendationId, bodyId, fields) => {
    await api.createRecommendationFollowup({ ...fields, recommendationId, bodyId });
    await written('Uppföljningen sparades.');
  },
  link: async (recommendationId, actionId) => {
    await api.linkRecommendationAction({ recommendationId, actionId });
    await written('Åtgärden kopplades till rekommendationen.');
  },
  unlink: async (recommendationId, actionId) => {
    await api.unlinkRecommendationAction({ recommendationId, actionId });
    await written('Kopplingen togs bort.');
  },
  createActionFrom: async (input) => {
    const { action } = await api.createActionFromRecommendation(input);
    await written(`Åtgärden ${action.number ? `${action.number} ` : ''}”${action.title}” skapades och kopplades till rekommendationen.`);
  },
  deleteImpact: (entity, id) => api.getDeleteImpact({ entity, id }),
}));

// Only once the view has been opened: listing every åtgärd is not free in a big kommun's file.
onFileChanged(() => (useAuditStore.getState().loaded ? useAuditStore.getState().load() : undefined));
