import type { ActionStatusRow, BodyActivity, ResponsibilityRole } from '@shared/domain/types';

/** Per nämnd in one plan: the åtgärder it answers for, how many are late, and when it last reported. */
export interface BodyStats {
  actions: { action: ActionStatusRow; role: ResponsibilityRole }[];
  overdue: number;
  lastReportedOn: string | null;
  reports: number;
}

export function bodyStats(actions: ActionStatusRow[], activity: BodyActivity[]): Map<number, BodyStats> {
  const stats = new Map<number, BodyStats>();
  const entry = (bodyId: number): BodyStats => {
    let s = stats.get(bodyId);
    if (!s) {
      s = { actions: [], overdue: 0, lastReportedOn: null, reports: 0 };
      stats.set(bodyId, s);
    }
    return s;
  };
  for (const action of actions) {
    for (const r of action.responsible) {
      const s = entry(r.bodyId);
      s.actions.push({ action, role: r.role });
      if (action.effectiveStatus === 'forsenad') s.overdue += 1;
    }
  }
  for (const a of activity) {
    const s = entry(a.bodyId);
    s.lastReportedOn = a.lastReportedOn;
    s.reports = a.reports;
  }
  return stats;
}
