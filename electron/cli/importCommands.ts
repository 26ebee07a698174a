import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isIsoDate } from '@shared/dates';
import { periodContaining } from '@shared/domain/period';
import { STATUS_LIST_FORMATS, type PlanImportPreview, type StatusListFormat } from '@shared/domain/transfer';
import { AppError, invalid } from '@shared/errors';
import { joinList } from '@shared/text/lists';
import { restoredSummary } from '@shared/transferLabels';
import { createContext, type ServiceContext } from '../services/context';
import { createPlanFile, openPlanFile } from '../services/db/openPlanFile';
import { exportPlanJson } from '../services/export/planJson';
import { parsePlanJson, restorePlan } from '../services/export/restorePlan';
import { exportStatusList } from '../services/export/statusList';
import { commitPlanImport } from '../services/import/commitPlan';
import { buildPlanPreview, parsePlanFile } from '../services/import/planPreview';
import { readSpreadsheet } from '../services/import/spreadsheet';
import { tidy } from '../services/import/text';
import { listPlans } from '../services/plan/plans';
import type { ExportedFile } from '../services/platform';
import { commitSvar } from '../services/underlag/commitSvar';
import { readSvarFile } from '../services/underlag/svarFile';
import { buildSvarPreview } from '../services/underlag/svarPreview';
import { underlagData } from '../services/underlag/underlagData';
import { buildUnderlag } from '../services/underlag/underlagWorkbook';
import { userName } from '../services/userName';
import { UsageError, type CliOptions } from './cliOptions';
import { withEditableFile, withNewOrEditableFile } from './writeLock';

/** Import, export and underlag from the command line, over the same services as the app (flags and help: commands.ts). */

/** The messages of a refused file, one per line, after the summary. */
function withProblems<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof AppError && error.problems.length > 0) {
      throw new AppError(error.kind, [error.message, ...error.problems.map((p) => `  ${p.message}`)].join('\n'));
    }
    throw error;
  }
}

async function withProblemsAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    return withProblems(() => { throw error; });
  }
}

function readInput(path: string): Uint8Array {
  if (!existsSync(path)) throw new AppError('refused_file', `”${path}” finns inte.`);
  return new Uint8Array(readFileSync(path));
}

/** Never over an existing file; written beside it and renamed, so a failure leaves no half file. */
function writeOut(path: string, bytes: Uint8Array): string {
  const target = resolve(path);
  if (existsSync(target)) throw new AppError('refused_file', `”${target}” finns redan. Välj ett annat namn; befintliga filer skrivs aldrig över.`);
  const temp = `${target}.skrivs`;
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return target;
}

/** Reading needs no lock; writing takes the app's lock first (writeLock.ts). */
function withFile<T>(db: string, readOnly: boolean, fn: (ctx: ServiceContext) => T): T {
  if (!readOnly) return withEditableFile(db, fn);
  const file = openPlanFile(db, { readOnly });
  try {
    return fn(createContext(file.db, userName()));
  } finally {
    file.db.close();
  }
}

/** An empty plan file in memory, made as a new one is (every migration), for a preview that writes nothing. */
function withEmptyPlanFile<T>(fn: (ctx: ServiceContext) => T): T {
  const file = createPlanFile(':memory:');
  try {
    return fn(createContext(file.db, userName()));
  } finally {
    file.db.close();
  }
}

/** For the exports, which only read (and await the workbook or the PDF). */
async function readFileAsync<T>(db: string, fn: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const file = openPlanFile(db, { readOnly: true });
  try {
    return await fn(createContext(file.db, userName()));
  } finally {
    file.db.close();
  }
}

function choosePlan(ctx: ServiceContext, flag: string | undefined): number {
  const plans = listPlans(ctx);
  if (flag !== undefined) {
    const found = plans.find((p) => String(p.id) === flag.trim() || tidy(p.name) === tidy(flag));
    if (found) return found.id;
  } else if (plans.length === 1) {
    return plans[0].id;
  }
  const list = plans.map((p) => `  ${p.id}  ${p.name}`).join('\n');
  if (plans.length === 0) throw invalid('plan', 'Planfilen innehåller ingen plan.');
  throw invalid('plan', `${flag === undefined ? 'Planfilen har flera planer: ange --plan ID.' : `--plan: det finns ingen plan ”${flag}”.`}\nPlaner i planfilen:\n${list}`);
}

function describePreview(preview: PlanImportPreview): string {
  const created = preview.bodies.filter((b) => b.match.kind === 'new').length;
  return `${preview.actions.length} åtgärder i ${preview.areas.length} utvecklingsområden, ${preview.bodies.length} nämnder `
    + `(${created} nya), ${preview.statusReports} lägesrapporter`;
}

/** import-plan: into an existing plan file, or into a new one made for it (removed again if the import is refused). */
export async function importPlan(input: string | undefined, options: CliOptions): Promise<string> {
  const file = input!;
  const dbPath = options.db!;
  const statusDate = options['status-date'];
  if (statusDate !== undefined && !isIsoDate(statusDate)) throw invalid('statusDate', `--status-date: ”${statusDate}” är inte ett datum (ÅÅÅÅ-MM-DD).`);
  const bytes = readInput(file);
  const sheets = await withProblemsAsync(() => readSpreadsheet(bytes, basename(file)));
  const dryRun = options['dry-run'] === true;
  const into = <T>(fn: (ctx: ServiceContext) => T): T => (!dryRun ? withNewOrEditableFile(dbPath, fn)
    // A dry run into a file that does not exist yet is previewed against an empty plan file in memory.
    : existsSync(dbPath) ? withFile(dbPath, true, fn) : withEmptyPlanFile(fn));
  return into((ctx) => withProblems(() => {
    const parsed = parsePlanFile(ctx, sheets, basename(file));
    const preview = buildPlanPreview(ctx, parsed, basename(file), null);
    const near = preview.bodies.filter((b) => b.match.kind === 'near');
    const notes = preview.warnings.map((w) => `Obs: ${w}`);
    if (dryRun) return [`Skulle läsa in ”${preview.suggestedPlanName}”: ${describePreview(preview)}. Inget har sparats (--dry-run).`, ...notes].join('\n');
    if (near.length > 0) {
      // On the command line nobody can be asked; a near name is neither merged nor doubled.
      throw new AppError('validation', [`Nämnder i filen liknar nämnder i planfilen. Skriv namnen exakt som i planfilen (eller välj i programmet). Inget har sparats.`,
        ...near.map((b) => `  ”${b.name}” liknar ${b.match.kind === 'near' ? b.match.candidates.map((c) => `”${c.name}”`).join(' eller ') : ''}`)].join('\n'));
    }
    const result = commitPlanImport(ctx, parsed, {
      target: { kind: 'new', name: preview.suggestedPlanName }, statusDate: statusDate ?? ctx.today(), bodyChoices: [], measureChoices: [],
    });
    return [`Planen ”${result.planName}” (id ${result.planId}) lästes in: ${result.actionsCreated} åtgärder, ${result.areasCreated} utvecklingsområden, `
      + `${result.bodiesCreated} nya nämnder, ${result.statusReportsCreated} lägesrapporter, ${result.measuresCreated} mått.`,
    ...preview.measures.flatMap((m) => m.notes.map((n) => `Obs: rad ${m.row}: ${n}`)), ...notes].join('\n');
  }));
}

export async function exportUnderlag(_input: string | undefined, options: CliOptions): Promise<string> {
  const dbPath = options.db!;
  if (!options.namnd) throw new UsageError('--namnd saknas.');
  if (!options.out) throw new UsageError('--out saknas.');
  if (!options.out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out ska vara en fil som slutar på .xlsx.');
  const data = withFile(dbPath, true, (ctx) => {
    const planId = choosePlan(ctx, options.plan);
    const bodies = ctx.db.prepare('SELECT id, name FROM body ORDER BY name').all() as { id: number; name: string }[];
    const body = bodies.find((b) => tidy(b.name) === tidy(options.namnd!));
    if (!body) throw invalid('namnd', `--namnd: det finns ingen nämnd som heter ”${options.namnd}”.\nNämnder i planfilen: ${bodies.map((b) => b.name).join(', ')}`);
    const rhythm = listPlans(ctx).find((p) => p.id === planId)!.followUpRhythm;
    const period = options.period ?? periodContaining(rhythm, ctx.today()).key;
    return { data: underlagData(ctx, { planId, bodyIds: [body.id], period, replyBy: null, includeClosed: false })[0], now: ctx.now() };
  });
  const file = await buildUnderlag(data.data, data.now);
  const path = writeOut(options.out, file.bytes);
  return `Underlaget för ${data.data.body.name} (${data.data.actions.length} åtgärder, period ${data.data.period.key}) skrevs till ${path}`;
}

export async function importSvar(input: string | undefined, options: CliOptions): Promise<string> {
  const file = input!;
  const dbPath = options.db!;
  const svar = await withProblemsAsync(() => readSvarFile(readInput(file), basename(file)));
  const dryRun = options['dry-run'] === true;
  return withFile(dbPath, dryRun, (ctx) => withProblems(() => {
    const svarOptions = { period: options.period };
    const preview = buildSvarPreview(ctx, svar, basename(file), svarOptions);
    const listed = preview.rows.filter((r) => r.outcome === 'unknown' || r.outcome === 'altered').map((r) => `Obs: rad ${r.row}: ${r.note}`);
    const c = preview.counts;
    const tail = `${c.already} redan inlästa, ${c.unanswered} utan svar, ${c.unknown + c.altered} rader lästes inte`;
    if (dryRun) return [`Skulle skapa ${c.create} lägesrapporter från ${preview.bodyName} för ${preview.period} (${tail}). Inget har sparats (--dry-run).`, ...listed].join('\n');
    const result = commitSvar(ctx, svar, basename(file), svarOptions);
    return [`${result.created} lägesrapporter från ${preview.bodyName} för ${preview.period} sparades (${tail}).`, ...listed].join('\n');
  }));
}

export async function exportPlan(_input: string | undefined, options: CliOptions): Promise<string> {
  const dbPath = options.db!;
  const format = options.format;
  const formats: readonly string[] = ['json', ...STATUS_LIST_FORMATS];
  if (format === undefined || !formats.includes(format)) throw new UsageError(`--format ska vara ${joinList(formats, 'eller')}.`);
  if (!options.out) throw new UsageError('--out saknas.');
  const asOf = options['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw invalid('asOf', `--as-of: ”${asOf}” är inte ett datum (ÅÅÅÅ-MM-DD).`);
  const file: ExportedFile = await readFileAsync(dbPath, async (ctx) => {
    const planId = choosePlan(ctx, options.plan);
    return format === 'json' ? exportPlanJson(ctx, planId) : exportStatusList(ctx, { planId, format: format as StatusListFormat, asOf });
  });
  return `${format.toUpperCase()} skrevs till ${writeOut(options.out, file.bytes)}`;
}

/** restore: into an existing plan file, or into a new one made for it (removed again if the restore is refused). */
export async function restore(input: string | undefined, options: CliOptions): Promise<string> {
  const json = withProblems(() => parsePlanJson(readInput(input!), basename(input!)));
  return withNewOrEditableFile(options.db!, (ctx) => restoredSummary(restorePlan(ctx, json)));
}
