import { openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { handlers, type Session } from '../../../electron/services/api/handlers';
import { createContext } from '../../../electron/services/context';
import { planToJson } from '../../../electron/services/export/planJson';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../electron/web/server';
import { fieldLabel } from '@shared/labels';
import type { Result } from '@shared/errors';
import { contractFields, inputAt, problemField } from '../../helpers/contractFields';
import { sessionFor, tempDir, totalRows, withDemoPlan } from '../../helpers/planFile';
import { plainSwedishFaults } from '../../helpers/plainSwedish';
import { runCli } from '../../helpers/runCli';

/**
 * A table of the error paths a person can meet, each asserting Swedish text that names fields as
 * the forms do, without internal names, English or repetition (tests/helpers/plainSwedish.ts).
 * Validation paths are generated from the contract; SQLite's and Node's errors are real where a
 * test can cause them (a read-only connection, a locked file, a damaged page) and shaped like the
 * real ones where it cannot (a full disk).
 */
let server: WebServer | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = null;
});

function expectPlain(message: string | undefined, label: string): void {
  expect(typeof message, label).toBe('string');
  expect(plainSwedishFaults(message!), `${label}: ${message}`).toEqual([]);
}

function refusal(result: Result<unknown>, label: string): { message: string; problems: { field: string; message: string }[] } {
  expect(result.ok, label).toBe(false);
  if (result.ok) throw new Error(`${label} was accepted`);
  return { message: result.error.message, problems: result.error.problems ?? [] };
}

const fields = contractFields();

describe('validation errors of every API call', () => {
  it('every field of the contract has a Swedish label (never the key itself)', () => {
    for (const field of fields) {
      const key = String(field.path.filter((p) => typeof p === 'string' && p !== 'patch').pop() ?? '');
      if (key === '') continue;
      const label = fieldLabel(problemField(field));
      expect(label, `${field.call} ${problemField(field)}`).not.toBe(key);
      expectPlain(`${label}: måste fyllas i.`, `${field.call} ${problemField(field)}`);
    }
  });

  it('a value of the wrong kind in any field: a Swedish sentence naming the field, said once', async () => {
    const { session, file } = withDemoPlan();
    const before = totalRows(file);
    for (const field of fields) {
      const label = `${field.call} ${problemField(field)}`;
      const { message, problems } = refusal(await dispatch(session, field.call, inputAt(field, { wrong: [1] })), label);
      expectPlain(message, label);
      const problem = problems.find((p) => p.field === problemField(field));
      expect(problem?.message.startsWith(`${fieldLabel(problemField(field))}: `), `${label}: ${problem?.message}`).toBe(true);
      for (const p of problems) expectPlain(p.message, label);
    }
    expect(totalRows(file)).toBe(before);
  });

  it.each([
    ['an id beyond every id, once and not as a 16-digit number', 'listAreas', { planId: 2 ** 63 }, 'Plan: är för stort.'],
    ['an id below one', 'getPlan', { id: 0 }, 'Id: måste vara större än 0.'],
    ['a half number', 'getPlan', { id: 1.5 }, 'Id: måste vara ett heltal.'],
    ['a write: says nothing was saved', 'createBody', { name: '', kind: 'namnd' }, 'Namn: måste fyllas i. Inget har sparats.'],
    ['a list of limits', 'listChanges', { since: '2026-01-01', limit: 0 }, 'Antal ändringar: måste vara minst 1.'],
    ['an unknown kind of post', 'getDeleteImpact', { entity: 'x', id: 1 }, 'Post: måste vara ett av: plan, utvecklingsområde, åtgärd, lägesrapport, '
      + 'nämnd, källa, granskning, revisionsfråga, rekommendation, indikator, mått.'],
    ['a file format', 'exportStatusList', { planId: 1, format: 'pdf' }, 'Filformat: måste vara ett av: xlsx, csv.'],
    ['a file that did not arrive whole', 'previewPlanImport', { file: { name: 'plan.xlsx', base64: '***' } }, 'Fil: filen kom inte fram hel. Försök igen.'],
    ['a file without a name', 'restorePlanJson', { file: { name: ' ', base64: '' } }, 'Filnamn: måste fyllas i. Inget har sparats.'],
    ['a new plan without a name', 'commitPlanImport', { file: { name: 'a.csv', base64: '' }, target: { kind: 'new', name: '' }, statusDate: '2026-01-01' },
      'Den nya planens namn: måste fyllas i. Inget har sparats.'],
    ['a choice of nämnd without a name', 'commitPlanImport', { file: { name: 'a.csv', base64: '' }, target: { kind: 'existing', planId: 1 }, statusDate: '2026-01-01',
      bodyChoices: [{ name: '', bodyId: null }] }, 'Nämnd: måste fyllas i. Inget har sparats.'],
  ])('%s', async (_, call, input, expected) => {
    const { session } = withDemoPlan();
    const { message } = refusal(await dispatch(session, call, input), call);
    expect(message).toBe(expected);
    expectPlain(message, call);
  });
});

/** A session over another connection to the same file, as when the file changes under the app. */
function sessionOver(db: Database.Database): Session {
  const ctx = createContext(db, 'testare', () => new Date('2026-11-26T10:00:00Z'));
  return { ...sessionFor({ db, path: db.name, readOnly: false } as never, ctx), readOnly: false };
}

/** A copy of the demo plan file with the pages of the action table overwritten. */
function damagedPlanFile(): string {
  const { file } = withDemoPlan();
  const { rootpage } = file.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'action'").get() as { rootpage: number };
  const pageSize = file.db.pragma('page_size', { simple: true }) as number;
  const path = join(tempDir(), 'skadad.planfil');
  file.db.close();
  writeFileSync(path, readFileSync(file.path));
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
  return path;
}

describe('SQLite and system errors reaching a person', () => {
  it('a file that became read-only under the app (real SQLITE_READONLY): Swedish, nothing changed', async () => {
    const { file } = withDemoPlan();
    const readOnly = new Database(file.path, { readonly: true });
    const { message } = refusal(await dispatch(sessionOver(readOnly), 'createBody', { name: 'Ny nämnd', kind: 'namnd' }), 'readonly');
    readOnly.close();
    expect(message).toBe('Planfilen går inte att skriva till (filen eller mappen är skrivskyddad). Inget har ändrats.');
  });

  it('a file locked by another program (real SQLITE_BUSY, "database is locked"): Swedish, nothing changed', async () => {
    const { session, file } = withDemoPlan();
    const before = totalRows(file);
    const other = new Database(file.path);
    other.exec('BEGIN EXCLUSIVE');
    file.db.pragma('busy_timeout = 0');
    const { message } = refusal(await dispatch(session, 'createBody', { name: 'Ny nämnd', kind: 'namnd' }), 'busy');
    other.exec('ROLLBACK');
    other.close();
    expect(message).toBe('Planfilen används av ett annat program just nu. Inget har ändrats. Försök igen om en stund.');
    expect(totalRows(file)).toBe(before);
  });

  it('a damaged page (real SQLITE_CORRUPT, "database disk image is malformed"): Swedish, pointing to the backups', async () => {
    const db = new Database(damagedPlanFile());
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { message } = refusal(await dispatch(sessionOver(db), 'listActions', { planId: 1 }), 'corrupt');
    db.close();
    expect(message).toBe('Planfilen är skadad och kan inte läsas. Inget har ändrats. Återställ den från en säkerhetskopia.');
    expect(quiet).not.toHaveBeenCalled();
  });

  const node = (message: string, code: string, errno: number, syscall: string) => Object.assign(new Error(message), { code, errno, syscall });
  const shaped: [string, Error, string][] = [
    ['a full disk in SQLite', new Database.SqliteError('database or disk is full', 'SQLITE_FULL'),
      'Disken är full, så ändringen kunde inte sparas. Inget har ändrats. Frigör utrymme och försök igen.'],
    ['a lost share in SQLite', new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE'),
      'Planfilen gick inte att läsa eller skriva (disken eller nätverket svarade inte). Inget har ändrats. Kontrollera anslutningen och försök igen.'],
    ['a file that cannot be opened', new Database.SqliteError('unable to open database file', 'SQLITE_CANTOPEN'),
      'Planfilen gick inte att öppna (den kan ha flyttats, eller nätverket svarar inte). Inget har ändrats.'],
    ['ENOSPC from Node', node('ENOSPC: no space left on device, write', 'ENOSPC', -28, 'write'),
      'Disken är full, så det gick inte att spara. Inget har ändrats. Frigör utrymme och försök igen.'],
    ['EACCES from Node', node("EACCES: permission denied, open '/x'", 'EACCES', -13, 'open'), 'Behörighet saknas till filen eller mappen. Inget har ändrats.'],
    ['EROFS from Node', node("EROFS: read-only file system, open '/x'", 'EROFS', -30, 'open'), 'Disken är skrivskyddad. Inget har ändrats.'],
    ['EIO from Node', node('EIO: i/o error, read', 'EIO', -5, 'read'), 'Disken eller nätverket svarade inte. Inget har ändrats. Kontrollera anslutningen och försök igen.'],
  ];
  it.each(shaped)('%s: says what happened in Swedish, and that nothing changed', async (_, error, expected) => {
    const { session } = withDemoPlan();
    vi.spyOn(handlers, 'createBody').mockImplementation(() => {
      throw error;
    });
    const { message } = refusal(await dispatch(session, 'createBody', { name: 'Ny nämnd', kind: 'namnd' }), error.message);
    expect(message).toBe(expected);
    expectPlain(message, error.message);
  });
});

describe('the HTTP bridge answers malformed requests with 400 in Swedish', () => {
  async function bridge() {
    const demo = withDemoPlan();
    server = await startWebServer({ getSession: () => demo.session, rendererDir: tempDir() });
    return { ...demo, server };
  }

  it('a call name with broken percent-encoding (decodeURIComponent would throw)', async () => {
    const { server: s } = await bridge();
    const res = await fetch(`${s.origin}/api/%E0%A4%A`, { method: 'POST', headers: { [TOKEN_HEADER]: s.token }, body: '{}' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: { kind: 'validation', message: 'Okänt anrop.' } });
  });

  it('a body that is not UTF-8 is refused, not saved with U+FFFD in it', async () => {
    const { server: s, file } = await bridge();
    const before = totalRows(file);
    const body = Buffer.concat([Buffer.from('{"name":"Ny n'), Buffer.from([0xe4]), Buffer.from('mnd","kind":"namnd"}')]);
    const res = await fetch(`${s.origin}/api/createBody`, { method: 'POST', headers: { [TOKEN_HEADER]: s.token }, body });
    expect(res.status).toBe(400);
    const result = (await res.json()) as Result<unknown>;
    expectPlain(result.ok ? '' : result.error.message, 'utf-8');
    expect(result.ok ? '' : result.error.message).toBe('Anropet innehåller tecken som inte går att läsa (texten är inte UTF-8). Inget har ändrats.');
    expect(totalRows(file)).toBe(before);
  });

  it('every other refusal of the bridge is Swedish too', async () => {
    const { server: s } = await bridge();
    const answers = [
      await fetch(`${s.origin}/api/listPlans`, { method: 'GET', headers: { [TOKEN_HEADER]: s.token } }),
      await fetch(`${s.origin}/api/listPlans`, { method: 'POST' }),
      await fetch(`${s.origin}/api/createBody`, { method: 'POST', headers: { [TOKEN_HEADER]: s.token }, body: '{"name": ' }),
      await fetch(`${s.origin}/api/createBody`, { method: 'POST', headers: { [TOKEN_HEADER]: s.token }, body: 'x'.repeat(9 * 1024 * 1024) }),
    ];
    for (const res of answers) expectPlain(((await res.json()) as { error: { message: string } }).error.message, String(res.status));
    const page = await fetch(`${s.origin}/index.html`, { method: 'POST' });
    expect(page.status).toBe(405);
    expectPlain(await page.text(), 'POST of a page');
  });
});

describe('the command line', () => {
  it('a damaged plan file, a wrong flag and a flag without its value: Swedish on stderr, no English', () => {
    const damaged = runCli(['summary', '--db', damagedPlanFile()]);
    expect(damaged.status).toBe(1);
    expectPlain(damaged.stderr.trim(), 'summary on a damaged file');
    const flag = runCli(['summary', '--bogus']);
    expect(flag.status).toBe(2);
    expect(flag.stderr.split('\n')[0]).toBe('Okänd flagga: --bogus.');
    const missing = runCli(['summary', '--db']);
    expect(missing.stderr.split('\n')[0]).toBe('--db behöver ett värde.');
  }, 120_000);
});

describe('restoring a JSON backup with faults', () => {
  it('names each fault by where it is in the plan, not by the file’s keys', async () => {
    const { ctx, session } = withDemoPlan();
    const json = planToJson(ctx, 1) as unknown as { plan: Record<string, unknown>; areas: { actions: Record<string, unknown>[] }[] };
    json.plan.name = 'Återställd';
    json.plan.decidedOn = '2025-02-30';
    json.areas[1].actions[2].title = ' ';
    json.areas[0].actions[0].description = 'Trasig \uDC00 text';
    const base64 = Buffer.from(JSON.stringify(json)).toString('base64');
    const { message, problems } = refusal(await dispatch(session, 'restorePlanJson', { file: { name: 'plan.json', base64 } }), 'restore');
    expectPlain(message, 'restore');
    expect(problems.map((p) => p.message)).toEqual([
      'Planen, Beslutsdatum: ”2025-02-30” är inte ett datum (ÅÅÅÅ-MM-DD).',
      'Utvecklingsområde 1, åtgärd 1, Beskrivning: innehåller ett tecken som inte går att spara (U+DC00) efter ”Trasig ”. Skriv in texten där på nytt och försök igen.',
      'Utvecklingsområde 2, åtgärd 3, Titel: måste fyllas i.',
    ]);
    for (const p of problems) expectPlain(p.message, p.field);
  });
});

describe('importing a plan with a broken character', () => {
  it('refuses it, naming row and column, and saves nothing', async () => {
    const { session, file } = withDemoPlan();
    const before = totalRows(file);
    const csv = 'Utvecklingsområde;Åtgärd;Ansvarig nämnd\r\nTrygghet;Skydd\uFFFE för barn;Socialnämnden\r\n';
    const base64 = Buffer.from(csv, 'utf8').toString('base64');
    const { problems } = refusal(await dispatch(session, 'previewPlanImport', { file: { name: 'plan.csv', base64 } }), 'import');
    expect(problems.map((p) => p.message)).toEqual([
      'Rad 2, kolumn Åtgärd: innehåller ett tecken som inte går att spara (U+FFFE) efter ”Skydd”. Skriv in texten där på nytt och försök igen.',
    ]);
    expect(totalRows(file)).toBe(before);
  });
});
