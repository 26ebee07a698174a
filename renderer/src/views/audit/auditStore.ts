import { create } from 'zustand';
import type { CallInput } from '@shared/api/contract';
import type {
  ActionStatusRow, Area, Audit, AuditDetail, Body, DeleteImpact, Plan, RecommendationFollowup,
} from '@shared/domain/types';
import { useQueries } from '@tanstack/react-query';
import { api } from '@renderer/api/client';
import { queryClient } from '@renderer/data/queryClient';
import { firstError } from '@renderer/data/results';
import { callKey, callQuery, useCall } from '@renderer/data/useCall';
import { write } from '@renderer/data/write';
import { useNoticeStore } from '@renderer/stores/noticeStore';

/**
 * The Granskningar view: which granskning is selected (UI state) and the writes. Its data — every
 * granskning, the selected one in full with its follow-ups, and what recommendations link to
 * (åtgärder, områden) — are cached reads (useAuditData), refreshed by each write's answer. Writes
 * throw the ApiError so a form can show it beside its field; Ctrl+Z can reverse them.
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
  /** The granskning chosen by the user; while none is (or it is gone), the first is shown. */
  selectedId: number | null;
  select: (id: number | null) => void;
  saveAudit: (id: number | null, fields: AuditFields, version?: number) => Promise<Audit>;
  deleteAudit: (id: number) => Promise<void>;
  saveQuestion: (id: number | null, fields: QuestionFields, version?: number) => Promise<void>;
  deleteQuestion: (id: number) => Promise<void>;
  saveRecommendation: (id: number | null, fields: { text: string; bodyIds: number[] }, version?: number) => Promise<void>;
  deleteRecommendation: (id: number) => Promise<void>;
  saveResponse: (recommendationId: number, bodyId: number, patch: ResponsePatch, version: number | undefined) => Promise<void>;
  addFollowup: (recommendationId: number, bodyId: number, fields: FollowupFields) => Promise<void>;
  link: (recommendationId: number, actionId: number) => Promise<void>;
  unlink: (recommendationId: number, actionId: number) => Promise<void>;
  createActionFrom: (input: ActionFromRecommendation) => Promise<void>;
  deleteImpact: (entity: 'audit' | 'audit_question' | 'recommendation', id: number) => Promise<DeleteImpact>;
}

function written(notice: string): void {
  useNoticeStore.getState().show(notice);
}

function cachedAudits(): Audit[] {
  return queryClient.getQueryData<Audit[]>(callKey('listAudits', {})) ?? [];
}

/** The granskning shown: the chosen one while it exists, otherwise the first. */
function shownAuditId(selectedId: number | null, audits: Audit[]): number | null {
  return audits.some((a) => a.id === selectedId) ? selectedId : (audits[0]?.id ?? null);
}

export const useAuditStore = create<AuditState>((set, get) => ({
  selectedId: null,
  select: (id) => set({ selectedId: id }),
  saveAudit: async (id, fields, version) => {
    const audit = id === null ? await write('createAudit', fields) : await write('updateAudit', { id, version, patch: fields });
    set({ selectedId: audit.id });
    written(id === null ? `Granskningen ”${audit.title}” registrerades.` : 'Granskningen sparades.');
    return audit;
  },
  deleteAudit: async (id) => {
    const title = cachedAudits().find((a) => a.id === id)?.title ?? '';
    await write('deleteAudit', { id });
    set({ selectedId: null });
    written(`Granskningen ”${title}” togs bort.`);
  },
  saveQuestion: async (id, fields, version) => {
    const auditId = shownAuditId(get().selectedId, cachedAudits())!;
    if (id === null) await write('createAuditQuestion', { ...fields, auditId });
    else await write('updateAuditQuestion', { id, version, patch: fields });
    written(id === null ? 'Revisionsfrågan lades till.' : 'Revisionsfrågan sparades.');
  },
  deleteQuestion: async (id) => {
    await write('deleteAuditQuestion', { id });
    written('Revisionsfrågan togs bort.');
  },
  saveRecommendation: async (id, fields, version) => {
    const auditId = shownAuditId(get().selectedId, cachedAudits())!;
    if (id === null) await write('createRecommendation', { ...fields, auditId });
    else await write('updateRecommendation', { id, version, patch: fields });
    written(id === null ? 'Rekommendationen lades till.' : 'Rekommendationen sparades.');
  },
  deleteRecommendation: async (id) => {
    await write('deleteRecommendation', { id });
    written('Rekommendationen togs bort.');
  },
  saveResponse: async (recommendationId, bodyId, patch, version) => {
    const response = await write('updateRecommendationResponse', { recommendationId, bodyId, version, patch });
    written(`Svaret från ${response.bodyName} sparades.`);
  },
  addFollowup: async (recommendationId, bodyId, fields) => {
    await write('createRecommendationFollowup', { ...fields, recommendationId, bodyId });
    written('Uppföljningen sparades.');
  },
  link: async (recommendationId, actionId) => {
    await write('linkRecommendationAction', { recommendationId, actionId });
    written('Åtgärden kopplades till rekommendationen.');
  },
  unlink: async (recommendationId, actionId) => {
    await write('unlinkRecommendationAction', { recommendationId, actionId });
    written('Kopplingen togs bort.');
  },
  createActionFrom: async (input) => {
    const { action } = await write('createActionFromRecommendation', input);
    written(`Åtgärden ${action.number ? `${action.number} ` : ''}”${action.title}” skapades och kopplades till rekommendationen.`);
  },
  deleteImpact: (entity, id) => api.getDeleteImpact({ entity, id }),
}));

const NONE = { audits: [] as Audit[], bodies: [] as Body[], plans: [] as Plan[], areas: [] as Area[], actions: [] as ActionStatusRow[] };

/** Granskningar's data: the granskningar, the shown one in full with its follow-ups, and what recommendations link to. */
export function useAuditData(): {
  audits: Audit[]; bodies: Body[]; plans: Plan[]; areas: Area[]; actions: ActionStatusRow[]; selectedId: number | null;
  detail: AuditDetail | null; followups: Record<string, RecommendationFollowup[]>; loaded: boolean; error: string | null;
} {
  const audits = useCall('listAudits', {});
  const bodies = useCall('listBodies', {});
  const plans = useCall('listPlans', {});
  const areas = useCall('listAreas', {});
  const actions = useCall('listActions', {});
  const selectedId = shownAuditId(useAuditStore((s) => s.selectedId), audits.data ?? NONE.audits);
  const detail = useCall('getAudit', selectedId === null ? null : { id: selectedId });
  const pairs = (detail.data?.recommendations ?? []).flatMap((r) => r.addressees.map((a) => [r.id, a.bodyId] as const));
  const lists = useQueries({ queries: pairs.map(([recommendationId, bodyId]) => callQuery('listRecommendationFollowups', { recommendationId, bodyId })) });
  const followups = Object.fromEntries(pairs.map(([r, b], i) => [followupKey(r, b), lists[i].data ?? []]));
  const all = [audits, bodies, plans, areas, actions];
  return {
    audits: audits.data ?? NONE.audits,
    bodies: bodies.data ?? NONE.bodies,
    plans: plans.data ?? NONE.plans,
    areas: areas.data ?? NONE.areas,
    actions: actions.data ?? NONE.actions,
    selectedId,
    detail: selectedId === null ? null : (detail.data ?? null),
    followups,
    loaded: all.every((q) => q.data !== undefined || q.error !== null),
    error: firstError(...all, detail, ...lists),
  };
}
