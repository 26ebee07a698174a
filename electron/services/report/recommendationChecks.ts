import type { ActionStatusRow } from '@shared/domain/types';
import type { EffectiveStatus } from '@shared/domain/status';
import type { AuditWithLines, RecommendationLine } from './recommendationData';

/**
 * What a revisor checks in the follow-up of its own recommendations (issue 14, Deliver 6): a
 * recommendation marked Genomförd while an åtgärd it is linked to is late or not started, the
 * reverse (a recommendation not started or late while a linked åtgärd is Genomförd), and the
 * nämndernas svar that are overdue.
 */
export interface RecommendationMismatch {
  line: RecommendationLine;
  auditTitle: string;
  /** done_not_actions: the recommendation is Genomförd, the åtgärder are not; actions_not_done: the reverse. */
  kind: 'done_not_actions' | 'actions_not_done';
  /** The linked åtgärder that disagree, by number (or title). */
  actions: ActionStatusRow[];
}

export interface MissingAnswer {
  line: RecommendationLine;
  auditTitle: string;
  answerDue: string;
}

const NOT_STARTED_OR_LATE: EffectiveStatus[] = ['forsenad', 'ej_paborjad', 'ingen_uppfoljning'];

export function recommendationMismatches(audits: readonly AuditWithLines[], actions: readonly ActionStatusRow[]): RecommendationMismatch[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  return audits.flatMap(({ audit, lines }) => lines.flatMap((line): RecommendationMismatch[] => {
    const linked = line.actionIds.flatMap((id) => byId.get(id) ?? []);
    if (line.status === 'genomford') {
      const behind = linked.filter((a) => NOT_STARTED_OR_LATE.includes(a.effectiveStatus));
      return behind.length > 0 ? [{ line, auditTitle: audit.title, kind: 'done_not_actions', actions: behind }] : [];
    }
    if (NOT_STARTED_OR_LATE.includes(line.status)) {
      const done = linked.filter((a) => a.effectiveStatus === 'genomford');
      return done.length > 0 ? [{ line, auditTitle: audit.title, kind: 'actions_not_done', actions: done }] : [];
    }
    return [];
  }));
}

/** Svar not given by the granskning's due date, as of the report date. */
export function missingAnswers(audits: readonly AuditWithLines[], asOf: string): MissingAnswer[] {
  return audits.flatMap(({ audit, lines }) => (audit.answerDue !== null && audit.answerDue < asOf
    ? lines.filter((l) => l.response.trim() === '').map((line) => ({ line, auditTitle: audit.title, answerDue: audit.answerDue! }))
    : []));
}
