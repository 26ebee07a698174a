import type { ActionStatusRow, Responsibility } from '@shared/domain/types';

/** Deadlines grouped by huvudansvarig nämnd: who the strateg asks about each late åtgärd. */
export interface LeadGroup {
  /** null: åtgärder without a huvudansvarig, listed last. */
  bodyId: number | null;
  name: string;
  actions: ActionStatusRow[];
}

export const NO_LEAD_NAME = 'Utan huvudansvarig';

export function leadOf(action: ActionStatusRow): Responsibility | null {
  return action.responsible.find((r) => r.role === 'huvudansvarig') ?? null;
}

export function coResponsible(action: ActionStatusRow): Responsibility[] {
  return action.responsible.filter((r) => r.role !== 'huvudansvarig');
}

/** Groups in name order (sv collation), the actions inside in the order given. */
export function groupByLead(actions: ActionStatusRow[]): LeadGroup[] {
  const groups = new Map<number | null, LeadGroup>();
  for (const action of actions) {
    const lead = leadOf(action);
    const key = lead?.bodyId ?? null;
    const group = groups.get(key) ?? { bodyId: key, name: lead?.bodyName ?? NO_LEAD_NAME, actions: [] };
    group.actions.push(action);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    if ((a.bodyId === null) !== (b.bodyId === null)) return a.bodyId === null ? 1 : -1;
    return a.name.localeCompare(b.name, 'sv');
  });
}
