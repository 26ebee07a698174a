import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createContext, type ServiceContext } from '../../electron/services/context';
import { createPlanFile, type OpenPlanFile } from '../../electron/services/db/openPlanFile';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import type { Session } from '../../electron/services/api/handlers';
import { NO_PLATFORM } from '../../electron/services/platform';
import { TODAY } from './today';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

/** A temporary folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A fixed clock so dates in assertions do not depend on the day the tests run. */
export { TODAY };
const fixedClock = () => new Date(`${TODAY}T10:00:00Z`);

function track(file: OpenPlanFile): OpenPlanFile {
  cleanups.push(() => {
    if (file.db.open) file.db.close();
  });
  return file;
}

export function sessionFor(file: OpenPlanFile, ctx: ServiceContext): Session {
  return {
    ctx,
    readOnly: file.readOnly,
    platform: NO_PLATFORM,
    info: () => ({
      appVersion: 'test', filePath: file.path, fileName: 'test.sqlite', schemaVersion: 0, readOnly: file.readOnly, today: ctx.today(), integrity: { state: 'ok' }, alert: null,
    }),
  };
}

/** An empty plan file at the latest schema. */
export function createTestPlanFile(): { file: OpenPlanFile; ctx: ServiceContext; session: Session } {
  const file = track(createPlanFile(join(tempDir(), 'plan.sqlite')));
  const ctx = createContext(file.db, 'testare', fixedClock);
  return { file, ctx, session: sessionFor(file, ctx) };
}

/** A plan file holding the demo plan. */
export function withDemoPlan(): { file: OpenPlanFile; ctx: ServiceContext; session: Session } {
  const file = track(createDemoFile(join(tempDir(), 'demo.sqlite'), 'Demo', fixedClock));
  const ctx = createContext(file.db, 'testare', fixedClock);
  return { file, ctx, session: sessionFor(file, ctx) };
}

/** Rows of a table in a stable order, for before/after comparisons. */
export function tableRows(file: OpenPlanFile, table: string): unknown[] {
  return file.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
}

export function totalRows(file: OpenPlanFile): number {
  const tables = file.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return tables.reduce((sum, t) => sum + (file.db.prepare(`SELECT COUNT(*) AS n FROM ${t.name}`).get() as { n: number }).n, 0);
}
