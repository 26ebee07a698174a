import Database from 'better-sqlite3';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/services/db/migrations';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import { runCli } from '../helpers/runCli';
import { sha256, tempDir } from '../helpers/planFile';

describe('cli', () => {
  it('demo writes a sound plan file and summary describes it as of a date', () => {
    const db = join(tempDir(), 'demo.sqlite');
    const demo = runCli(['demo', '--db', db]);
    expect(demo.status).toBe(0);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    const summary = runCli(['summary', '--db', db, '--as-of', '2026-11-26']);
    expect(summary.status).toBe(0);
    const json = JSON.parse(summary.stdout);
    const actions = demoPlan.areas.flatMap((a) => a.actions);
    expect(json).toMatchObject({ asOf: '2026-11-26', plans: 1, areas: 6, actions: actions.length, bodies: demoPlan.bodies.length });
    expect(Object.values(json.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(actions.length);

    const earlier = JSON.parse(runCli(['summary', '--db', db, '--as-of', '2023-01-01']).stdout);
    expect(earlier.byStatus.genomford).toBeLessThan(json.byStatus.genomford);
    expect(earlier.statusReports).toBeLessThan(json.statusReports);
  });

  it('refuses a newer-schema copy and a renamed PNG with exit 1, a Swedish message, and the files unchanged', () => {
    const dir = tempDir();
    const demo = join(dir, 'demo.sqlite');
    expect(runCli(['demo', '--db', demo]).status).toBe(0);
    const newer = join(dir, 'nyare.sqlite');
    copyFileSync(demo, newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    db.close();
    const png = join(dir, 'bild.sqlite');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));

    for (const [file, message] of [[newer, /nyare version/], [png, /inte en planfil/]] as const) {
      const before = sha256(file);
      const result = runCli(['summary', '--db', file]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(sha256(file)).toBe(before);
    }
  });

  it('refuses to overwrite an existing file with demo', () => {
    const db = join(tempDir(), 'plan.sqlite');
    writeFileSync(db, 'mina data');
    const result = runCli(['demo', '--db', db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/finns redan/);
  });

  it('answers usage errors with exit 2 and input errors with exit 1', () => {
    expect(runCli([]).status).toBe(2);
    expect(runCli(['summary']).status).toBe(2);
    expect(runCli(['okänt']).status).toBe(2);
    expect(runCli(['summary', '--db', 'x', '--okänd-flagga']).status).toBe(2);
    const badDate = runCli(['summary', '--db', 'x', '--as-of', '2026-13-01']);
    expect(badDate.status).toBe(1);
    expect(badDate.stderr).toMatch(/inte ett datum/);
  });
});
