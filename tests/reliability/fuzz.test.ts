import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { registerIpc } from '../../electron/main/ipc';
import { dispatch } from '../../electron/services/api/dispatch';
import type { Session } from '../../electron/services/api/handlers';
import { startWebServer, TOKEN_HEADER } from '../../electron/web/server';
import { CALL_NAMES, contract, IPC_PREFIX, type CallName } from '@shared/api/contract';
import type { Result } from '@shared/errors';
import type { OpenPlanFile } from '../../electron/services/db/openPlanFile';
import { refusedCharacter } from '@shared/textRule';
import { tempDir, withDemoPlan } from '../helpers/planFile';
import { plainSwedishFaults } from '../helpers/plainSwedish';
import { randomPayload, seededRandom } from './payloads';

const PER_CALL_IPC = 25;
const PER_CALL_HTTP = 6;
const ERROR_KINDS = ['validation', 'not_found', 'conflict', 'refused_file', 'unauthorized', 'internal'];

/** A digest of everything in the file, to prove a refused call changed nothing. */
function digest(file: OpenPlanFile): string {
  const tables = file.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) hash.update(name).update(JSON.stringify(file.db.prepare(`SELECT * FROM ${name}`).all()));
  return hash.digest('hex');
}

/** The keys a call's input schema knows, so payloads look almost right. */
function keysOf(name: CallName): string[] {
  const shape = (contract[name].input as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function expectTypedAnswer(result: Result<unknown>, label: string): void {
  expect(typeof result, label).toBe('object');
  if (result.ok) return;
  expect(ERROR_KINDS, label).toContain(result.error.kind);
  expect(typeof result.error.message, label).toBe('string');
  expect(result.error.message.length, label).toBeGreaterThan(0);
  expect(result.error.message, label).not.toMatch(/at \w+ \(|SqliteError|TypeError|\/work\//);
  expect(plainSwedishFaults(result.error.message), `${label}: ${result.error.message}`).toEqual([]);
}

/** Whatever was accepted was stored under the text rule: no control characters, nothing XML forbids. */
function expectStoredTextClean(file: OpenPlanFile): void {
  const tables = file.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  for (const { name } of tables) {
    for (const row of file.db.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue;
        // eslint-disable-next-line no-control-regex -- looking for control characters
        expect(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(value), `${name}.${column}`).toBe(false);
        expect(refusedCharacter(value), `${name}.${column}`).toBeNull();
      }
    }
  }
}

/** Calls that are allowed to change the file when a random payload happens to be valid. */
function assertUnchangedIfRefused(file: OpenPlanFile, before: string, result: Result<unknown>, label: string): string {
  const after = digest(file);
  if (!result.ok) expect(after, `${label} was refused but changed the file`).toBe(before);
  expect(file.db.pragma('integrity_check', { simple: true })).toBe('ok');
  return after;
}

describe('fuzzing every API call with malformed input', () => {
  it('through the IPC wiring: never throws, always a typed answer, nothing written when refused', async () => {
    const { session, file } = withDemoPlan();
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<Result<unknown>> | Result<unknown>>();
    registerIpc({ handle: (channel: string, handler: never) => handlers.set(channel, handler) } as never, (name, input) => dispatch(session as Session, name, input));
    const event = { senderFrame: { url: 'app://renderer/index.html', parent: null } };
    const random = seededRandom(2026);
    let before = digest(file);
    let refused = 0;
    for (const name of CALL_NAMES) {
      for (let i = 0; i < PER_CALL_IPC; i++) {
        const payload = randomPayload(random, keysOf(name));
        const label = `${name} #${i}`;
        const result = await handlers.get(IPC_PREFIX + name)!(event, payload);
        expectTypedAnswer(result, label);
        if (!result.ok) refused += 1;
        before = assertUnchangedIfRefused(file, before, result, label);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(refused).toBeGreaterThan(CALL_NAMES.length * PER_CALL_IPC * 0.8);
    expectStoredTextClean(file);
  }, 120_000);

  it('through the HTTP bridge: the server survives and answers every call with a typed error', async () => {
    const { session, file } = withDemoPlan();
    const server = await startWebServer({ getSession: () => session, rendererDir: tempDir() });
    const random = seededRandom(1126);
    let before = digest(file);
    try {
      for (const name of CALL_NAMES) {
        for (let i = 0; i < PER_CALL_HTTP; i++) {
          const payload = randomPayload(random, keysOf(name));
          const body = i === 0 ? '{"unterminated": ' : JSON.stringify(payload) ?? 'null';
          const res = await fetch(`${server.origin}/api/${name}`, { method: 'POST', headers: { [TOKEN_HEADER]: server.token }, body });
          const result = (await res.json()) as Result<unknown>;
          expectTypedAnswer(result, `${name} #${i}`);
          before = assertUnchangedIfRefused(file, before, result, `${name} #${i}`);
        }
      }
      // A call name with broken percent-encoding, and bodies that are not UTF-8: 400, never 500.
      for (const path of ['%E0%A4%A', '%', 'createBody%ZZ']) {
        const res = await fetch(`${server.origin}/api/${path}`, { method: 'POST', headers: { [TOKEN_HEADER]: server.token }, body: '{}' });
        expect(res.status, path).toBe(400);
        expectTypedAnswer((await res.json()) as Result<unknown>, path);
      }
      for (const bytes of [[0xff], [0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d], [0xc3, 0x28]]) {
        const res = await fetch(`${server.origin}/api/createBody`, { method: 'POST', headers: { [TOKEN_HEADER]: server.token }, body: Buffer.from(bytes) });
        expect(res.status, String(bytes)).toBe(400);
        expectTypedAnswer((await res.json()) as Result<unknown>, String(bytes));
        before = assertUnchangedIfRefused(file, before, { ok: false, error: { kind: 'validation', message: '' } }, String(bytes));
      }
      expectStoredTextClean(file);
      const oversized = await fetch(`${server.origin}/api/createBody`, { method: 'POST', headers: { [TOKEN_HEADER]: server.token }, body: 'x'.repeat(9 * 1024 * 1024) });
      expect(oversized.status).toBe(413);
      const alive = await fetch(`${server.origin}/api/listPlans`, { method: 'POST', headers: { [TOKEN_HEADER]: server.token }, body: '{}' });
      expect(((await alive.json()) as Result<unknown>).ok).toBe(true);
    } finally {
      await server.close();
    }
  }, 120_000);
});
