import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { tempDir } from '../helpers/planFile';
import { addAdmin, ADMIN_LOGIN, startServeProcess, stopAll } from '../helpers/serveProcess';
import { signIn } from '../helpers/serverHarness';

afterEach(stopAll);

const WRITERS = 10;

describe('planuppfoljning serve killed during writes', () => {
  it('keeps every acknowledged write exactly once after SIGKILL and a restart, and the file is intact', async () => {
    const plan = join(tempDir(), 'plan.sqlite');
    createDemoFile(plan, 'Demo').db.close();
    addAdmin(plan);
    const first = startServeProcess(['--db', plan, '--port', '0']);
    const origin = (await first.origin)!;
    const acknowledged: string[] = [];
    let stopped = false;
    // Ten people signed in before the writes start.
    const people: { cookie: string; csrf: string }[] = [];
    for (let n = 0; n < WRITERS; n++) people.push(await signIn(origin, ADMIN_LOGIN));
    const writer = async (n: number) => {
      const who = people[n];
      for (let i = 0; !stopped; i++) {
        const name = `Belastning ${n}-${i}`;
        try {
          const res = await fetch(`${origin}/api/createBody`, {
            method: 'POST', headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf }, body: JSON.stringify({ name, kind: 'namnd' }),
          });
          if (((await res.json()) as { ok: boolean }).ok) acknowledged.push(name);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, n) => writer(n));
    // Kill it once writes are flowing.
    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(40);
    first.child.kill('SIGKILL');
    await first.exited;
    stopped = true;
    await Promise.all(writers);

    // A restart takes over the dead process's lock and serves the file again.
    const second = startServeProcess(['--db', plan, '--port', '0']);
    const again = await second.origin;
    expect(again).not.toBeNull();
    const who = await signIn(again!, ADMIN_LOGIN);
    const listed = await (await fetch(`${again}/api/listBodies`, { method: 'POST', headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf }, body: '{}' })).json();
    expect(listed.ok).toBe(true);
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const db = new Database(plan, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = (db.prepare("SELECT name FROM body WHERE name LIKE 'Belastning %'").all() as { name: string }[]).map((r) => r.name);
    db.close();
    expect(new Set(names).size).toBe(names.length); // nothing doubled
    const missing = acknowledged.filter((name) => !names.includes(name));
    expect(missing).toEqual([]); // nothing acknowledged is lost
    // At most the writes in flight at the kill were saved without an answer.
    expect(names.length - acknowledged.length).toBeLessThanOrEqual(WRITERS);
  });
});
