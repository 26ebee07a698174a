import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { tempDir } from '../helpers/planFile';

/**
 * A real full disk: a 1 MB tmpfs, mounted in a private mount namespace (`unshare -rm`, which needs
 * no root where user namespaces are allowed, as on Debian). Where that is not allowed the test is
 * skipped; tests/services/db/lockDiskFull.test.ts and tests/electron/fileSessionWrites.test.ts
 * inject the same failure from the file layer and from SQLite.
 */
const canMount = spawnSync('unshare', ['-rm', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d" && umount "$d" && rmdir "$d"']).status === 0;
if (!canMount) console.warn('fullDisk.test.ts: `unshare -rm` + `mount -t tmpfs` is not allowed here; the tmpfs test is skipped.');

interface Step { step: string; value: { ok?: boolean; message?: string; readOnly?: boolean; alert?: { kind: string; message: string } | null } | string }

describe('a full disk under an open plan file (tmpfs)', () => {
  it.skipIf(!canMount)('the process survives, says since when nothing is saved, writes again once there is space, and the file stays intact', () => {
    const dir = tempDir();
    createDemoFile(join(dir, 'delad.planfil')).db.close();
    mkdirSync(join(dir, 'disk'));
    const script = join(dir, 'fullDiskSession.cjs');
    buildSync({
      entryPoints: [join(import.meta.dirname, 'fullDiskSession.ts')], bundle: true, platform: 'node', format: 'cjs',
      outfile: script, external: ['better-sqlite3', 'electron'], logLevel: 'silent',
    });
    const run = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=1m tmpfs "$1/disk" && exec "${process.execPath}" "$2" "$1"`, 'sh', dir, script], {
      encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_PATH: join(import.meta.dirname, '../../node_modules') },
    });
    expect(run.status, run.stderr).toBe(0);
    const steps = Object.fromEntries(run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Step).map((s) => [s.step, s.value]));

    expect(steps['före']).toEqual({ ok: true });
    const full = steps['full'] as { ok: boolean; message: string };
    expect(full.ok).toBe(false);
    expect(full.message).toMatch(/^Disken är full – inget har sparats sedan \d\d:\d\d\. Allt som sparades till och med \d\d:\d\d finns kvar i planfilen\./);
    expect(steps['full igen']).toEqual({ ok: false, message: full.message });
    expect(steps['under tiden']).toMatchObject({ readOnly: true, alert: { kind: 'diskFull', message: full.message } });
    expect(steps['efter']).toMatchObject({ readOnly: false, alert: null });
    expect(steps['efter skrivning']).toEqual({ ok: true });
    expect(steps['integritet']).toBe('ok');

    const check = new Database(join(dir, 'efter.planfil'), { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = (check.prepare("SELECT name FROM body WHERE name LIKE '%full disk%' OR name LIKE '%disken är full%' ORDER BY id").all() as { name: string }[]).map((r) => r.name);
    check.close();
    expect(names).toEqual(['Före full disk', 'Efter full disk']);
  }, 90_000);
});
