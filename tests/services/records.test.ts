import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WriteRefusedError, type WriteAccess } from '../../electron/services/db/writeAccess';
import { createBody } from '../../electron/services/plan/bodies';
import { inTransaction } from '../../electron/services/records';
import { undoLastChange } from '../../electron/services/undo/undoJournal';
import { createTestPlanFile } from '../helpers/planFile';

/** A second program on the same file, trying to start a write without waiting. */
function otherWriterCanBegin(path: string): boolean {
  const other = new Database(path, { timeout: 0 });
  try {
    other.exec('BEGIN IMMEDIATE');
    other.exec('ROLLBACK');
    return true;
  } catch (error) {
    expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
    return false;
  } finally {
    other.close();
  }
}

describe('a write transaction (records.ts inTransaction)', () => {
  it('holds SQLite’s write lock from its first statement (BEGIN IMMEDIATE), so no other writer gets in halfway', () => {
    const { file, ctx } = createTestPlanFile();
    expect(otherWriterCanBegin(file.path)).toBe(true);
    const seen = inTransaction(ctx, () => otherWriterCanBegin(file.path));
    expect(seen).toBe(false);
  });

  it('asks the session’s write access first: a refusal writes nothing, a failure is reported, a commit is too', () => {
    const { file, ctx } = createTestPlanFile();
    const calls: string[] = [];
    let allowed = false;
    const access: WriteAccess = {
      check: () => { calls.push('check'); if (!allowed) throw new WriteRefusedError('Nej.'); },
      failed: (error) => calls.push(`failed ${(error as Error).message}`),
      succeeded: () => calls.push('succeeded'),
    };
    ctx.access = access;
    expect(() => createBody(ctx, { name: 'Socialnämnden', kind: 'namnd', active: true })).toThrow('Nej.');
    expect(file.db.prepare('SELECT COUNT(*) AS n FROM body').get()).toEqual({ n: 0 });
    allowed = true;
    createBody(ctx, { name: 'Socialnämnden', kind: 'namnd', active: true });
    expect(() => createBody(ctx, { name: 'Socialnämnden', kind: 'namnd', active: true })).toThrow();
    undoLastChange(ctx);
    expect(calls).toEqual(['check', 'check', 'succeeded', 'check', expect.stringMatching(/^failed /), 'check', 'succeeded']);
    expect(file.db.prepare('SELECT COUNT(*) AS n FROM body').get()).toEqual({ n: 0 });
  });
});
