import { isClosed } from '@shared/domain/status';
import type { ActionStatusRow } from '@shared/domain/types';

/** A nämnd that can get an underlag: how many åtgärder it is responsible for, and how many are still open. */
export interface UnderlagBody {
  id: number;
  name: string;
  actions: number;
  open: number;
}

/** The plan's nämnder with what each is responsible for, by name (the plan's åtgärder come from the cache). */
export function underlagBodies(actions: ActionStatusRow[]): UnderlagBody[] {
  const byBody = new Map<number, UnderlagBody>();
  for (const action of actions) {
    for (const r of action.responsible) {
      const body = byBody.get(r.bodyId) ?? { id: r.bodyId, name: r.bodyName, actions: 0, open: 0 };
      body.actions++;
      if (!isClosed(action.latestStatus)) body.open++;
      byBody.set(r.bodyId, body);
    }
  }
  return [...byBody.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
