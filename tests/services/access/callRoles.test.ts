import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { AccountDirectory, Session } from '../../../electron/services/api/session';
import { CALL_ACCESS, type CallAccess } from '@shared/api/callSpec';
import { CALL_NAMES, contract, type CallName } from '@shared/api/contract';
import type { Result } from '@shared/errors';
import type { Caller, Role } from '@shared/domain/users';
import { capturePlatform } from '../../helpers/capturePlatform';
import { withDemoPlan } from '../../helpers/planFile';
import { demoIds, SAMPLE_INPUTS, type DemoIds } from '../../helpers/sampleInputs';

/**
 * Roles in server mode, for every call of the contract (generated from CALL_NAMES, so a new call is
 * covered, and one without an access mark fails): admin, a rapportör for one nämnd, and a läsare,
 * each dispatching a valid input on the demo plan. Allowed: the answer is anything but 'unauthorized'.
 * Refused: 'unauthorized', and the plan file is unchanged.
 */
const ROLES_AND_ACCESS: Record<Role, readonly CallAccess[]> = {
  admin: ['read', 'report', 'admin'],
  rapportor: ['read', 'report'],
  lasare: ['read'],
};

/** Every table's content, to show a refusal changed nothing. */
function checksum(db: Database): string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]);
  const hash = createHash('sha256');
  for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM ${name}`).all()));
  return hash.digest('hex');
}

const accounts: AccountDirectory = {
  list: () => [],
  save: (input) => ({ id: input.id ?? 99, name: input.name, login: input.login, role: input.role, bodyIds: input.bodyIds, active: input.active, lastSignIn: null }),
};

async function setUp(): Promise<{ session: Session; db: Database; ids: DemoIds; as: (caller: Caller) => Session }> {
  const { session, file } = withDemoPlan();
  const withFiles: Session = { ...session, platform: capturePlatform() };
  const ids = await demoIds(withFiles, file.db);
  return { session: withFiles, db: file.db, ids, as: (caller) => ({ ...withFiles, caller, accounts }) };
}

const callerOf = (role: Role, ids: DemoIds): Caller => ({
  userId: { admin: 1, rapportor: 2, lasare: 3 }[role], name: `Test ${role}`, role, bodyIds: role === 'rapportor' ? [ids.body] : [],
});

/** Runs a call and rolls back whatever it wrote, so every call of the table meets the same demo plan. */
async function inRolledBack(db: Database, run: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
  db.exec('BEGIN');
  try {
    return await run();
  } finally {
    db.exec('ROLLBACK');
  }
}

describe('roles × calls (generated from the contract)', () => {
  it('every call carries a known access mark', () => {
    const unmarked = CALL_NAMES.filter((name) => !(CALL_ACCESS as readonly string[]).includes(contract[name].access));
    expect(unmarked).toEqual([]);
  });

  it('a call whose mark is missing is refused to everyone, the administratör too', async () => {
    const { db, ids, as } = await setUp();
    const spec = contract.listPlans as { access: string };
    const mark = spec.access;
    spec.access = undefined as unknown as string;
    try {
      for (const role of ['admin', 'rapportor', 'lasare'] as const) {
        expect(await inRolledBack(db, () => dispatch(as(callerOf(role, ids)), 'listPlans', {}))).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
      }
    } finally {
      spec.access = mark;
    }
  });

  it.each(['admin', 'rapportor', 'lasare'] as const)('%s: allowed or refused as each call’s access mark says, a refusal changing nothing', async (role) => {
    const { db, ids, as } = await setUp();
    const session = as(callerOf(role, ids));
    const wrong: string[] = [];
    for (const name of CALL_NAMES) {
      const allowed = ROLES_AND_ACCESS[role].includes(contract[name].access);
      const input = SAMPLE_INPUTS[name](ids)[0];
      const before = allowed ? '' : checksum(db);
      const result = await inRolledBack(db, () => dispatch(session, name, input));
      const refused = !result.ok && result.error.kind === 'unauthorized';
      if (refused === allowed) wrong.push(`${name}: ${allowed ? 'refused' : 'allowed'} (${result.ok ? 'ok' : result.error.message})`);
      if (!allowed) {
        expect(checksum(db), name).toBe(before);
        if (!result.ok) expect(result.error.message, name).toMatch(/^(Som (läsare|rapportör)|Bara en administratör)/);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('without a caller (desktop, CLI, browser mode) nothing is checked: a läsare’s refused calls all run', async () => {
    const { session, db, ids } = await setUp();
    for (const name of CALL_NAMES.filter((n) => contract[n].access !== 'read')) {
      const result = await inRolledBack(db, () => dispatch(session, name, SAMPLE_INPUTS[name](ids)[0]));
      expect(!result.ok && result.error.kind === 'unauthorized', name).toBe(false);
    }
  });
});

describe('a rapportör is held to its own nämnder', () => {
  async function rapportor() {
    const setup = await setUp();
    const { db, ids } = setup;
    const other = (sql: string) => (db.prepare(sql).get(ids.body) as { id: number } | undefined)?.id;
    const foreign = {
      action: other('SELECT id FROM action WHERE id NOT IN (SELECT action_id FROM action_body WHERE body_id = ?) ORDER BY id LIMIT 1')!,
      statusReport: other('SELECT id FROM status_report WHERE action_id NOT IN (SELECT action_id FROM action_body WHERE body_id = ?) ORDER BY id LIMIT 1')!,
      measure: other('SELECT id FROM measure WHERE action_id IS NULL OR action_id NOT IN (SELECT action_id FROM action_body WHERE body_id = ?) ORDER BY id LIMIT 1')!,
      measureValue: other(`SELECT mv.id FROM measure_value mv JOIN measure m ON m.id = mv.measure_id
        WHERE m.action_id IS NULL OR m.action_id NOT IN (SELECT action_id FROM action_body WHERE body_id = ?) ORDER BY mv.id LIMIT 1`)!,
      body: other('SELECT id FROM body WHERE id <> ? ORDER BY id LIMIT 1')!,
    };
    const name = (db.prepare('SELECT name FROM body WHERE id = ?').get(ids.body) as { name: string }).name;
    return { ...setup, foreign, bodyName: name, session: setup.as(callerOf('rapportor', ids)) };
  }

  it('refuses writing to another nämnd’s åtgärd, naming its own nämnd, and changes nothing', async () => {
    const { db, ids, foreign, bodyName, session } = await rapportor();
    const before = checksum(db);
    const result = await dispatch(session, 'createStatusReport', { ...SAMPLE_INPUTS.createStatusReport(ids)[0], actionId: foreign.action });
    expect(result).toEqual({ ok: false, error: { kind: 'unauthorized', message:
      `Åtgärden finns inte eller hör inte till dina nämnder. Du rapporterar för ${bodyName} och kan inte rapportera för åtgärder som andra nämnder ansvarar för. Inget har ändrats.` } });
    expect(checksum(db)).toBe(before);
  });

  it('refuses rows of other scopes exactly as rows that do not exist, so an id reveals nothing', async () => {
    const { db, ids, foreign, session } = await rapportor();
    const before = checksum(db);
    const missing = 999_999;
    const pairs: [CallName, (id: number) => unknown, number][] = [
      ['createStatusReport', (id) => ({ ...SAMPLE_INPUTS.createStatusReport(ids)[0], actionId: id }), foreign.action],
      ['deleteStatusReport', (id) => ({ id }), foreign.statusReport],
      ['setMeasureValue', (id) => ({ ...SAMPLE_INPUTS.setMeasureValue(ids)[0], measureId: id }), foreign.measure],
      ['deleteMeasureValue', (id) => ({ id }), foreign.measureValue],
      ['updateRecommendationResponse', (id) => ({ ...SAMPLE_INPUTS.updateRecommendationResponse(ids)[0], bodyId: id }), foreign.body],
      ['createRecommendationFollowup', (id) => ({ ...SAMPLE_INPUTS.createRecommendationFollowup(ids)[0], recommendationId: id, bodyId: foreign.body }), ids.recommendation],
      ['saveAuditResponse', (id) => ({ ...SAMPLE_INPUTS.saveAuditResponse(ids)[0], bodyId: id }), foreign.body],
      ['exportUnderlag', (id) => ({ ...SAMPLE_INPUTS.exportUnderlag(ids)[0], bodyIds: [id] }), foreign.body],
    ];
    for (const [name, input, otherId] of pairs) {
      const other = await dispatch(session, name, input(otherId));
      const unknown = await dispatch(session, name, input(missing));
      expect(other, name).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
      expect(unknown, name).toEqual(other);
    }
    expect(checksum(db)).toBe(before);
  });

  it('allows the same calls for its own nämnd’s rows', async () => {
    const { db, ids, session } = await rapportor();
    for (const name of ['createStatusReport', 'setMeasureValue', 'updateRecommendationResponse', 'createRecommendationFollowup', 'saveAuditResponse'] as const) {
      expect(await inRolledBack(db, () => dispatch(session, name, SAMPLE_INPUTS[name](ids)[0])), name).toMatchObject({ ok: true });
    }
  });

  it('may not change its own account (its role or its nämnder)', async () => {
    const { db, ids, session } = await rapportor();
    const before = checksum(db);
    const result = await dispatch(session, 'saveUser', { id: 2, name: 'Test rapportor', login: 'rapportor', role: 'admin', bodyIds: [ids.body] });
    expect(result).toEqual({ ok: false, error: { kind: 'unauthorized', message: 'Bara en administratör kan ändra användarkonton, också ditt eget. Inget har ändrats.' } });
    expect(checksum(db)).toBe(before);
  });

  it('a läsare is told what its role may do, for every write', async () => {
    const { db, ids, as } = await setUp();
    const session = as(callerOf('lasare', ids));
    const before = checksum(db);
    for (const name of CALL_NAMES.filter((n) => contract[n].write && n !== 'saveUser')) {
      expect(await dispatch(session, name, SAMPLE_INPUTS[name](ids)[0]), name)
        .toEqual({ ok: false, error: { kind: 'unauthorized', message: 'Som läsare kan du inte ändra planen. Inget har ändrats.' } });
    }
    expect(checksum(db)).toBe(before);
  });
});
