import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { acquireFileLock, lockPath } from '../../electron/services/db/fileLock';
import { LATEST_SCHEMA_VERSION } from '../../electron/services/db/migrations';
import { tempDir } from '../helpers/planFile';
import { CLI, runCli } from '../helpers/runCli';
import { contentHash } from '../helpers/dbContent';
import { addAdmin, ADMIN_LOGIN, startServeProcess, stopAll } from '../helpers/serveProcess';
import { requireTool } from '../helpers/tools';
import { signIn } from '../helpers/serverHarness';
import { NO_ADMIN_MESSAGE } from '../../electron/server/serve';

afterEach(stopAll);

function demoPlan(): string {
  const path = join(tempDir(), 'plan.sqlite');
  createDemoFile(path, 'Demo').db.close();
  return path;
}

describe('planuppfoljning serve', () => {
  it('listens on 127.0.0.1 by default, shows the sign-in page, and stops cleanly on SIGTERM', async () => {
    const plan = demoPlan();
    addAdmin(plan);
    const serve = startServeProcess(['--db', plan, '--port', '0']);
    const origin = await serve.origin;
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${origin}/auth/login`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('action="/auth/login"');
    // The server owns the file as the app does: its lock is beside it, and goes when it stops.
    expect(existsSync(lockPath(plan))).toBe(true);
    serve.child.kill('SIGTERM');
    const { code, stderr } = await serve.exited;
    expect(code, stderr).toBe(0);
    expect(existsSync(lockPath(plan))).toBe(false);
  });

  it('refuses another interface without TLS or a proxy (exit 2), explaining why and what to do', async () => {
    const plan = demoPlan();
    addAdmin(plan);
    const { code, stderr } = await startServeProcess(['--db', plan, '--port', '0', '--host', '0.0.0.0']).exited;
    expect(code).toBe(2);
    expect(stderr).toContain('utan TLS');
    expect(stderr).toContain('--behind-proxy');
    expect(stderr).not.toContain('Användning:');
  });

  it('refuses to start without an active administrator when accounts are local (exit 2)', async () => {
    const plan = demoPlan();
    const { code, stderr } = await startServeProcess(['--db', plan, '--port', '0']).exited;
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(NO_ADMIN_MESSAGE);
  });

  it('refuses a plan file someone has open for editing, naming who', async () => {
    const plan = demoPlan();
    addAdmin(plan);
    const lock = acquireFileLock(plan, { user: 'Kerstin Kollega' });
    try {
      const { code, stderr } = await startServeProcess(['--db', plan, '--port', '0']).exited;
      expect(code).toBe(1);
      expect(stderr).toContain('Kerstin Kollega');
      expect(stderr).toContain('Servern startar inte');
    } finally {
      lock.release();
    }
  });

  it('refuses a config file with a wrong key, naming the key (exit 2)', async () => {
    const plan = demoPlan();
    const config = join(tempDir(), 'serve.json');
    writeFileSync(config, JSON.stringify({ sessionHours: 'åtta', auth: { mode: 'oidc' } }));
    const { code, stderr } = await startServeProcess(['--db', plan, '--config', config]).exited;
    expect(code).toBe(2);
    expect(stderr).toContain('sessionHours: måste vara ett tal.');
    expect(stderr).toContain('auth.issuer: saknas.');
  });

  it('serves an existing desktop plan file of an older version: migrated on first start, with a copy taken first', async () => {
    const plan = join(tempDir(), 'gammal.sqlite');
    copyFileSync(join(import.meta.dirname, '../fixtures/plan-v10.sqlite'), plan);
    addAdmin(plan);
    const serve = startServeProcess(['--db', plan, '--port', '0']);
    expect(await serve.origin).not.toBeNull();
    serve.child.kill('SIGTERM');
    await serve.exited;
    const db = new Database(plan, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT COUNT(*) AS n FROM status_report').get()).toEqual({ n: 2 });
    db.close();
    expect(readdirSync(join(plan, '..')).some((f) => f.includes('fore-uppgradering-v10'))).toBe(true);
  });

  it('speaks HTTPS with the certificate and key from the config file', async (context) => {
    // The certificate is made here, self-signed for 127.0.0.1; without openssl the test is skipped (fails in CI).
    const openssl = requireTool(context, 'openssl', 'openssl');
    const dir = tempDir();
    execFileSync(openssl, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    writeFileSync(join(dir, 'serve.json'), JSON.stringify({ tls: { cert: 'cert.pem', key: 'key.pem' } }));
    const plan = demoPlan();
    addAdmin(plan);
    const serve = startServeProcess(['--db', plan, '--port', '0', '--config', join(dir, 'serve.json')]);
    const origin = await serve.origin;
    expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const answer = await new Promise<{ status: number; cookie: string }>((resolve, reject) => {
      const req = request(`${origin}/auth/login`, { ca: readFileSync(join(dir, 'cert.pem')) }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie'] ?? '') });
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(200);
    expect(answer.cookie).toMatch(/; Secure/);
  });

  it('administers accounts through the real account store, which knows the plan file’s nämnder', async () => {
    const plan = demoPlan();
    addAdmin(plan);
    const serve = startServeProcess(['--db', plan, '--port', '0']);
    const origin = (await serve.origin)!;
    const who = await signIn(origin, ADMIN_LOGIN);
    const save = async (bodyIds: number[]) => (await fetch(`${origin}/api/saveUser`, {
      method: 'POST', headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf },
      body: JSON.stringify({ name: 'Rut Rapportör', login: 'rut', role: 'rapportor', bodyIds, active: true, password: 'rapportörens långa lösen' }),
    })).json();
    const refused = await save([99_999]);
    expect(refused.ok).toBe(false);
    expect(refused.error.kind).toBe('validation');
    const db = new Database(plan, { readonly: true });
    const bodyId = (db.prepare('SELECT id FROM body ORDER BY id LIMIT 1').get() as { id: number }).id;
    db.close();
    const saved = await save([bodyId]);
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect(saved.value).toMatchObject({ login: 'rut', role: 'rapportor', bodyIds: [bodyId] });
    // The new person signs in at once.
    const rut = await signIn(origin, { login: 'rut', password: 'rapportörens långa lösen' });
    const session = await (await fetch(`${origin}/auth/session`, { headers: { Cookie: rut.cookie } })).json();
    expect(session.user).toMatchObject({ name: 'Rut Rapportör', role: 'rapportor', bodyIds: [bodyId] });
  });

  it('export-server-plan copies the plan while the server runs and writes: a consistent copy that opens in the CLI', async () => {
    const plan = demoPlan();
    addAdmin(plan);
    const serve = startServeProcess(['--db', plan, '--port', '0']);
    const origin = (await serve.origin)!;
    const who = await signIn(origin, ADMIN_LOGIN);
    const write = async (name: string) => (await fetch(`${origin}/api/createBody`, {
      method: 'POST', headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf }, body: JSON.stringify({ name, kind: 'namnd' }),
    })).json() as Promise<{ ok: boolean }>;
    const bodies = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return (db.prepare('SELECT COUNT(*) AS n FROM body').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const before = bodies(plan);

    // Writes go on while the copy is made.
    const copy = join(tempDir(), 'kopia.sqlite');
    const exporting = runCliAsync(['export-server-plan', '--db', plan, '--to', copy]);
    const writes: { ok: boolean }[] = [];
    for (let i = 0; i < 15; i++) writes.push(await write(`Nämnd under kopiering ${i}`));
    const exported = await exporting;
    expect(exported.code, exported.stderr).toBe(0);
    expect(writes.every((w) => w.ok)).toBe(true);
    const copied = bodies(copy);
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(before + 15);
    const check = new Database(copy, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    // When nothing is being written, the copy holds exactly the server's rows.
    const still = join(tempDir(), 'stilla.sqlite');
    expect(runCli(['export-server-plan', '--db', plan, '--to', still]).status).toBe(0);
    serve.child.kill('SIGTERM');
    await serve.exited;
    const [a, b] = [new Database(plan, { readonly: true }), new Database(still, { readonly: true })];
    expect(contentHash(b)).toBe(contentHash(a));
    a.close();
    b.close();
    const summary = runCli(['summary', '--db', still, '--as-of', '2026-03-02']);
    expect(summary.status, summary.stderr).toBe(0);
    expect(JSON.parse(summary.stdout).bodies).toBe(before + 15);
    // Never over an existing file.
    const again = runCli(['export-server-plan', '--db', plan, '--to', still]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('finns redan');
  });
});

function runCliAsync(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}
