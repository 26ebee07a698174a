import { rmSync } from 'node:fs';
import { z } from 'zod';
import { requiredText, shortText } from '@shared/api/schemas';
import { AppError } from '@shared/errors';
import { describeIssue } from '../services/api/validationMessages';
import { createContext } from '../services/context';
import { createPlanFile } from '../services/db/openPlanFile';
import { startWithCatalogue } from '../services/indicator/indicatorCatalogue';
import { createPlan } from '../services/plan/plans';
import { updateSettings } from '../services/settings/documentSettings';
import { userName } from '../services/userName';
import type { CliOptions } from './cliOptions';
import { refuseMissingFolder, withWriteLock } from './writeLock';

/** `new` and `demo`: a plan file made from nothing. Loaded only when one of them runs. */

export async function runDemo(_input: string | undefined, options: CliOptions): Promise<string> {
  // Loaded here: the demo plan's JSON is large, and only this command needs it.
  const { createDemoFile } = await import('../services/demo/createDemoFile');
  const path = options.db!;
  const written = withWriteLock(path, () => {
    const file = createDemoFile(path, userName());
    file.db.close();
    return file.path;
  });
  return `Demoplanen skrevs till ${written}`;
}

/** The names `new` takes, under the same text rule as the app's forms (shared/api/schemas.ts). */
const newFileNames = z.strictObject({ kommun: shortText, plan: requiredText.optional() });
const FLAG_OF: Record<string, string> = { kommun: '--kommun', plan: '--plan' };

/**
 * `new --db FIL [--kommun NAMN] [--plan NAMN]`: an empty plan file made as the app makes one
 * (createPlanFile: every migration, then the indikator catalogue), with the kommun's name in
 * Inställningar and, if asked, one empty plan. The names are checked before anything is written;
 * an existing file is refused and left as it was.
 */
export async function runNew(_input: string | undefined, options: CliOptions): Promise<string> {
  const checked = newFileNames.safeParse({ kommun: options.kommun ?? '', plan: options.plan });
  if (!checked.success) {
    const input = { kommun: options.kommun, plan: options.plan };
    throw new AppError('validation', checked.error.issues.map((issue) => `${FLAG_OF[String(issue.path[0])]}: ${describeIssue(issue, input)}`).join(' '));
  }
  const { kommun, plan } = checked.data;
  const path = options.db!;
  refuseMissingFolder(path);
  return withWriteLock(path, (access) => {
    const file = createPlanFile(path);
    try {
      const ctx = createContext(file.db, userName());
      ctx.access = access;
      startWithCatalogue(ctx);
      if (kommun !== '') updateSettings(ctx, { municipality: kommun });
      const created = plan === undefined ? null : createPlan(ctx, {
        name: plan, municipality: kommun, periodStart: null, periodEnd: null, decidedBy: '', decidedOn: null,
        diaryNumber: '', overallGoal: '', revisionIntervalYears: null, followUpRhythm: 'år',
      });
      file.db.close();
      return `En ny planfil skapades: ${file.path}${created ? ` med planen ”${created.name}” (id ${created.id})` : ''}.`;
    } catch (error) {
      // Whatever stopped it, a half-made file is not left behind.
      file.db.close();
      rmSync(path, { force: true });
      throw error;
    }
  });
}
