import Database from 'better-sqlite3';
import { openAccountStore } from '../../electron/server/accounts/accountStore';
import { defaultAccountsPath } from '../../electron/server/accounts/paths';
import type { LoadUser } from './serverLoad';

/** How many of each kind of person the load test and the bench simulate (issue 17: 50 in all). */
export const LOAD_PEOPLE = { rapportorer: 30, strateger: 10, lasare: 10 } as const;

const PASSWORD = 'lasttest med ett långt lösenord';

/**
 * Accounts for the simulated people in the plan's account store: a rapportör for each of the first 30
 * nämnder (writing to that nämnd's åtgärder), strateger (administrators, each with åtgärder of its own
 * so their texts never race), läsare. The plan file is read for the ids.
 */
export function addLoadUsers(planPath: string): LoadUser[] {
  const plan = new Database(planPath, { readonly: true });
  const bodies = plan.prepare('SELECT DISTINCT body_id AS id FROM action_body ORDER BY body_id LIMIT ?').all(LOAD_PEOPLE.rapportorer) as { id: number }[];
  const actionsOf = plan.prepare('SELECT action_id AS id FROM action_body WHERE body_id = ? ORDER BY action_id LIMIT 50');
  const planOf = plan.prepare('SELECT area.plan_id AS planId FROM action JOIN area ON area.id = action.area_id WHERE action.id = ?');
  const allActions = (plan.prepare('SELECT id FROM action ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const planId = (actionId: number) => (planOf.get(actionId) as { planId: number }).planId;
  const store = openAccountStore(defaultAccountsPath(planPath));
  const users: LoadUser[] = [];
  try {
    for (const [n, body] of bodies.entries()) {
      const actionIds = (actionsOf.all(body.id) as { id: number }[]).map((r) => r.id);
      const login = `rapportor${n + 1}`;
      store.addUser({ name: `Rapportör ${n + 1}`, login, role: 'rapportor', bodyIds: [body.id], password: PASSWORD });
      users.push({ login, password: PASSWORD, role: 'rapportor', actionIds, planId: planId(actionIds[0]) });
    }
    for (let n = 0; n < LOAD_PEOPLE.strateger; n++) {
      const actionIds = allActions.filter((id) => id % LOAD_PEOPLE.strateger === n).slice(0, 50);
      const login = `strateg${n + 1}`;
      store.addUser({ name: `Strateg ${n + 1}`, login, role: 'admin', password: PASSWORD });
      users.push({ login, password: PASSWORD, role: 'admin', actionIds, planId: planId(actionIds[0]) });
    }
    for (let n = 0; n < LOAD_PEOPLE.lasare; n++) {
      const login = `lasare${n + 1}`;
      store.addUser({ name: `Läsare ${n + 1}`, login, role: 'lasare', password: PASSWORD });
      users.push({ login, password: PASSWORD, role: 'lasare', actionIds: allActions.slice(n * 20, n * 20 + 20), planId: planId(allActions[n * 20]) });
    }
  } finally {
    store.close();
    plan.close();
  }
  return users;
}
