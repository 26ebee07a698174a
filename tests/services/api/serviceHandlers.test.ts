import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { passId, passThrough } from '../../../electron/services/api/serviceHandlers';
import type { Session } from '../../../electron/services/api/handlers';
import { createTestPlanFile } from '../../helpers/planFile';

const ROOT = join(__dirname, '../../..');

function handlerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return handlerFiles(path);
    return /Handlers\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('handlers made from services', () => {
  it('passThrough hands the session\'s context and the parsed input to the service, and its answer back', async () => {
    const { session } = createTestPlanFile();
    const service = vi.fn(() => []);
    const made = passThrough({ listPlans: service });
    const input = {};
    expect(await made.listPlans(session, input)).toEqual([]);
    expect(service).toHaveBeenCalledWith(session.ctx, input);
  });

  it('passId hands the id alone, for services that take one', async () => {
    const { session } = createTestPlanFile();
    const service = vi.fn(() => null);
    const made = passId({ deletePlan: service });
    await made.deletePlan(session, { id: 7 });
    expect(service).toHaveBeenCalledWith(session.ctx, 7);
  });

  it('makes handlers that answer through the real services', async () => {
    const { session } = createTestPlanFile();
    const { createPlan } = await import('../../../electron/services/plan/plans');
    const { getPlan } = await import('../../../electron/services/plan/plans');
    const made = { ...passThrough({ createPlan }), ...passId({ getPlan }) };
    const plan = await made.createPlan(session as Session, {
      name: 'Plan', municipality: '', periodStart: null, periodEnd: null, decidedBy: '', decidedOn: null,
      diaryNumber: '', overallGoal: '', revisionIntervalYears: null, followUpRhythm: 'år',
    });
    expect((await made.getPlan(session, { id: plan.id })).name).toBe('Plan');
  });

  it('leaves no hand-written pass-through in any feature\'s handlers', () => {
    // A handler that only calls `service(ctx, i)`, `service(ctx, i.id)` or `service(ctx)` belongs in passThrough/passId.
    const passing = /\(\{ ctx \}(, (\w+))?\) => [\w.]+\(ctx(, \2(\.id)?)?\),?$/;
    const found: string[] = [];
    for (const file of handlerFiles(join(ROOT, 'electron/services'))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (passing.test(line.trim().replace(/^\w+: /, ''))) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
