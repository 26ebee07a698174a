import Database from 'better-sqlite3';
import type { Role } from '@shared/domain/users';
import { openAccountStore } from '../../electron/server/accounts/accountStore';
import { defaultAccountsPath } from '../../electron/server/accounts/paths';
import { signIn } from './serverSignIn';

/**
 * Issue 17's load: people signed in to one `serve` at once, each reading and sometimes writing as
 * their role lets them — a rapportör for each of up to 30 nämnder (a status report on one of its
 * own åtgärder), strateger (administrators, any åtgärd) and läsare (reads only). Used by the soak
 * test (tests/server/serveLoad.test.ts) and the bench row serverConcurrent (tests/bench/serverBench.ts).
 */
export interface LoadPerson {
  login: string;
  password: string;
  role: Role;
  /** Åtgärder this person may report on (empty for a läsare). */
  actionIds: number[];
}

export interface LoadMix {
  rapportorer: number;
  strateger: number;
  lasare: number;
}

export const ISSUE_MIX: LoadMix = { rapportorer: 30, strateger: 5, lasare: 15 };

/** Accounts for the mix in the plan's account store, each rapportör for one nämnd that has åtgärder. */
export function addLoadAccounts(planPath: string, mix: LoadMix = ISSUE_MIX): LoadPerson[] {
  const plan = new Database(planPath, { readonly: true });
  const byBody = new Map<number, number[]>();
  for (const row of plan.prepare('SELECT body_id AS bodyId, action_id AS actionId FROM action_body ORDER BY body_id, action_id').all() as { bodyId: number; actionId: number }[]) {
    byBody.set(row.bodyId, [...(byBody.get(row.bodyId) ?? []), row.actionId]);
  }
  plan.close();
  const bodies = [...byBody.keys()].slice(0, mix.rapportorer);
  if (bodies.length < mix.rapportorer) throw new Error(`planfilen har bara ${bodies.length} nämnder med åtgärder`);
  const everyAction = [...new Set([...byBody.values()].flat())];
  const store = openAccountStore(defaultAccountsPath(planPath));
  const people: LoadPerson[] = [];
  const add = (login: string, name: string, role: Role, bodyIds: number[], actionIds: number[]) => {
    const password = `lösenord för ${login} i lasttestet`;
    store.addUser({ name, login, role, bodyIds, password });
    people.push({ login, password, role, actionIds });
  };
  bodies.forEach((bodyId, i) => add(`rapportor${i + 1}`, `Rapportör ${i + 1}`, 'rapportor', [bodyId], byBody.get(bodyId)!));
  for (let i = 1; i <= mix.strateger; i++) add(`strateg${i}`, `Strateg ${i}`, 'admin', [], everyAction);
  for (let i = 1; i <= mix.lasare; i++) add(`lasare${i}`, `Läsare ${i}`, 'lasare', [], []);
  store.close();
  return people;
}

export interface LoadOutcome {
  readMs: number[];
  writeMs: number[];
  /** The comment of every status report the server acknowledged. */
  acknowledged: string[];
  /** Calls answered with a refusal or not at all (should be none). */
  failures: string[];
  seconds: number;
}

export interface LoadOptions {
  seconds: number;
  /** Share of a writer's calls that write (the issue: 10 %). */
  writeShare: number;
  /** Pause between one person's calls, ms (uniform 0–2× this): people read before they click again. */
  thinkMs: number;
  reportedOn: string;
}

const READS: ((person: LoadPerson, planIds: number[], pick: <T>(list: T[]) => T) => [string, unknown])[] = [
  () => ['listPlans', {}],
  (_, plans, pick) => ['getStatusSummary', { planId: pick(plans) }],
  (_, plans, pick) => ['listActions', { planId: pick(plans) }],
  () => ['listBodies', {}],
];

export async function runLoad(origin: string, people: LoadPerson[], options: LoadOptions): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { readMs: [], writeMs: [], acknowledged: [], failures: [], seconds: options.seconds };
  const sessions: { cookie: string; csrf: string }[] = [];
  for (const person of people) sessions.push(await signIn(origin, person));
  const call = async (who: { cookie: string; csrf: string }, name: string, input: unknown) => {
    const res = await fetch(`${origin}/api/${name}`, { method: 'POST', headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf }, body: JSON.stringify(input) });
    return res.json() as Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
  };
  const plans = ((await call(sessions[0], 'listPlans', {})).value as { id: number }[]).map((p) => p.id);
  const end = performance.now() + options.seconds * 1000;
  let seed = 17;
  // A fixed pseudo-random sequence: the same mix of calls on every run.
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];

  await Promise.all(people.map(async (person, n) => {
    const who = sessions[n];
    for (let i = 0; performance.now() < end; i++) {
      await new Promise((resolve) => setTimeout(resolve, random() * 2 * options.thinkMs));
      const writes = person.actionIds.length > 0 && random() < options.writeShare;
      const [name, input] = writes
        ? ['createStatusReport', { actionId: pick(person.actionIds), reportedOn: options.reportedOn, status: 'pagaende', comment: `last ${person.login} ${i}` }]
        : pick(READS)(person, plans, pick);
      const started = performance.now();
      let result;
      try {
        result = await call(who, name, input);
      } catch (error) {
        outcome.failures.push(`${person.login} ${name}: ${String(error)}`);
        continue;
      }
      (writes ? outcome.writeMs : outcome.readMs).push(performance.now() - started);
      if (!result.ok) outcome.failures.push(`${person.login} ${name}: ${result.error?.message}`);
      else if (writes) outcome.acknowledged.push((input as { comment: string }).comment);
    }
  }));
  return outcome;
}
