import type { Role } from '@shared/domain/users';
import { ServerClient } from './serverClient';

/**
 * Simulated people working against a server at once (issue 17's load test and serverConcurrent bench):
 * rapportörer add status reports for their own nämnd's åtgärder, strateger change the text of their own
 * åtgärder, läsare only read. Every write carries a token of its own, so afterwards each acknowledged
 * write can be found in the file exactly once (see verifyLoad in serverLoadCheck.ts).
 */
export interface LoadUser {
  login: string;
  password: string;
  role: Role;
  /** The åtgärder this person writes to (its nämnd's for a rapportör, its own for a strateg). */
  actionIds: number[];
  planId: number;
}

/** A write the server answered with ok, or one it may have done but did not answer (the server was killed). */
export type LoadWrite =
  | { kind: 'statusReport'; actionId: number; comment: string }
  | { kind: 'actionText'; actionId: number; text: string; seq: number };

export interface LoadResult {
  readMs: number[];
  writeMs: number[];
  acknowledged: LoadWrite[];
  /** Sent but not answered with ok: may or may not be in the file, never twice. */
  unanswered: LoadWrite[];
  /** Answers that were refusals (other than conflicts between strateger), with their messages. */
  refusals: string[];
  /** Requests that failed at the connection (expected only while the server is down). */
  connectionErrors: number;
}

export interface LoadOptions {
  users: LoadUser[];
  /** Where the server is now (may change between phases after a restart). */
  origin: () => string;
  durationMs: number;
  /** Share of all operations that write (reads are the rest); läsare never write. */
  writeShare: number;
  /** Pause between one person's operations, in ms (random between the two). */
  thinkMs: [number, number];
  asOf: string;
  /** Shared across phases so tokens stay unique. */
  result?: LoadResult;
}

export function emptyLoadResult(): LoadResult {
  return { readMs: [], writeMs: [], acknowledged: [], unanswered: [], refusals: [], connectionErrors: 0 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let sequence = 0;

async function signInRetrying(origin: () => string, user: LoadUser, until: number): Promise<ServerClient | null> {
  while (Date.now() < until) {
    try {
      return await ServerClient.signIn(origin(), user.login, user.password);
    } catch {
      await sleep(250);
    }
  }
  return null;
}

function readCall(user: LoadUser, asOf: string, pick: number): [string, unknown] {
  const actionId = user.actionIds[pick % user.actionIds.length];
  switch (pick % 4) {
    case 0: return ['listActions', { planId: user.planId, asOf }];
    case 1: return ['getStatusSummary', { planId: user.planId, asOf }];
    case 2: return ['getAction', { id: actionId }];
    default: return ['listStatusReports', { actionId }];
  }
}

function writeCall(user: LoadUser, asOf: string, pick: number): { name: string; input: unknown; write: LoadWrite } {
  const actionId = user.actionIds[pick % user.actionIds.length];
  sequence += 1;
  const token = `last-${user.login}-${sequence}`;
  if (user.role === 'admin') {
    return { name: 'updateAction', input: { id: actionId, patch: { description: token } }, write: { kind: 'actionText', actionId, text: token, seq: sequence } };
  }
  return {
    name: 'createStatusReport',
    input: { actionId, reportedOn: asOf, status: 'pagaende', comment: token, reportedBy: user.login },
    write: { kind: 'statusReport', actionId, comment: token },
  };
}

async function runOne(user: LoadUser, options: LoadOptions, result: LoadResult, until: number): Promise<void> {
  const writers = options.users.filter((u) => u.role !== 'lasare').length;
  // Läsare never write, so the writers write a little more often to keep the whole mix at writeShare.
  const myWriteShare = user.role === 'lasare' ? 0 : Math.min(1, (options.writeShare * options.users.length) / writers);
  let client = await signInRetrying(options.origin, user, until);
  let pick = Math.floor(Math.random() * 1000);
  while (client !== null && Date.now() < until) {
    pick += 1;
    const writes = Math.random() < myWriteShare;
    const started = performance.now();
    const planned = writes ? writeCall(user, options.asOf, pick) : null;
    const [name, input] = planned ? [planned.name, planned.input] : readCall(user, options.asOf, pick);
    try {
      const { status, result: answer } = await client.call(name, input);
      const elapsed = performance.now() - started;
      if (status === 401) {
        // The server restarted (sessions are kept in memory): sign in again, as a person would.
        if (planned) result.unanswered.push(planned.write);
        client = await signInRetrying(options.origin, user, until);
        continue;
      }
      (planned ? result.writeMs : result.readMs).push(elapsed);
      if (answer.ok) {
        if (planned) result.acknowledged.push(planned.write);
      } else {
        if (planned) result.unanswered.push(planned.write);
        result.refusals.push(`${user.login} ${name}: ${answer.error.message}`);
      }
    } catch {
      result.connectionErrors += 1;
      if (planned) result.unanswered.push(planned.write);
      // The server is down (killed in the test): the next answer after its restart is 401, and we sign in again.
      await sleep(200);
    }
    await sleep(options.thinkMs[0] + Math.random() * (options.thinkMs[1] - options.thinkMs[0]));
  }
}

/** Runs every user at once for durationMs; returns (and adds to options.result) what happened. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = options.result ?? emptyLoadResult();
  const until = Date.now() + options.durationMs;
  await Promise.all(options.users.map((user) => runOne(user, options, result, until)));
  return result;
}
