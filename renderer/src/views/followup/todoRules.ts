import { isInPeriod, type FollowUpPeriod } from '@shared/domain/period';
import type { ActionStatusRow, AuditDetail, Body, BodyActivity } from '@shared/domain/types';
import { addDaysIso } from './days';

/** The pure rules behind Att göra, kept apart from the view so they can be tested. */

export function isOpen(action: ActionStatusRow): boolean {
  return action.effectiveStatus !== 'genomford' && action.effectiveStatus !== 'avbruten';
}

export function overdueActions(actions: ActionStatusRow[]): ActionStatusRow[] {
  return actions.filter((a) => a.effectiveStatus === 'forsenad').sort(byDeadline);
}

/** Open åtgärder whose deadline is today or within `days` days. */
export function dueWithin(actions: ActionStatusRow[], today: string, days: number): ActionStatusRow[] {
  const last = addDaysIso(today, days);
  return actions.filter((a) => isOpen(a) && a.deadline !== null && a.deadline >= today && a.deadline <= last).sort(byDeadline);
}

function byDeadline(a: ActionStatusRow, b: ActionStatusRow): number {
  return (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.number.localeCompare(b.number, 'sv', { numeric: true });
}

export interface SilentBody {
  bodyId: number;
  name: string;
  /** Open åtgärder it is responsible for (huvudansvarig or medansvarig). */
  openActions: number;
  lastReportedOn: string | null;
}

/**
 * Nämnder that owe a report for the current period: responsible for at least one open åtgärd and
 * no status report as reporting nämnd within the period. Inactive nämnder are not asked.
 */
export function bodiesNotReported(actions: ActionStatusRow[], activity: BodyActivity[], bodies: Body[], period: FollowUpPeriod): SilentBody[] {
  const inactive = new Set(bodies.filter((b) => !b.active).map((b) => b.id));
  const last = new Map(activity.map((a) => [a.bodyId, a.lastReportedOn]));
  const owing = new Map<number, SilentBody>();
  for (const action of actions.filter(isOpen)) {
    for (const r of action.responsible) {
      if (inactive.has(r.bodyId)) continue;
      const lastReportedOn = last.get(r.bodyId) ?? null;
      if (lastReportedOn !== null && isInPeriod(lastReportedOn, period)) continue;
      const entry = owing.get(r.bodyId) ?? { bodyId: r.bodyId, name: r.bodyName, openActions: 0, lastReportedOn };
      entry.openActions += 1;
      owing.set(r.bodyId, entry);
    }
  }
  return [...owing.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export interface AnswerDue {
  auditId: number;
  auditTitle: string;
  answerDue: string;
  bodyId: number;
  bodyName: string;
  /** The recommendations this nämnd has not answered, in the granskning's order. */
  recommendations: string[];
}

/**
 * Nämnder that must answer a granskning: a recommendation addressed to them with an empty svar,
 * and the answer date within `days` days or already passed.
 */
export function auditAnswersDue(audits: AuditDetail[], today: string, days: number): AnswerDue[] {
  const horizon = addDaysIso(today, days);
  const due: AnswerDue[] = [];
  for (const audit of audits) {
    if (audit.answerDue === null || audit.answerDue > horizon) continue;
    const byBody = new Map<number, AnswerDue>();
    for (const rec of [...audit.recommendations].sort((a, b) => a.position - b.position)) {
      for (const addressee of rec.addressees) {
        if (addressee.response.trim() !== '') continue;
        const entry = byBody.get(addressee.bodyId) ?? {
          auditId: audit.id, auditTitle: audit.title, answerDue: audit.answerDue, bodyId: addressee.bodyId,
          bodyName: addressee.bodyName, recommendations: [],
        };
        entry.recommendations.push(rec.text);
        byBody.set(addressee.bodyId, entry);
      }
    }
    due.push(...[...byBody.values()].sort((a, b) => a.bodyName.localeCompare(b.bodyName, 'sv')));
  }
  return due.sort((a, b) => a.answerDue.localeCompare(b.answerDue));
}

/** Åtgärder marked "Ej rapporterad under året", the longest silent first. */
export function notReportedActions(actions: ActionStatusRow[]): ActionStatusRow[] {
  return actions.filter((a) => a.notReportedInYear)
    .sort((a, b) => (a.latestReportedOn ?? '').localeCompare(b.latestReportedOn ?? '') || a.number.localeCompare(b.number, 'sv', { numeric: true }));
}
