import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isIsoDate } from '../../shared/dates';
import { periodContaining } from '../../shared/domain/period';
import type { PlanImportPreview } from '../../shared/domain/transfer';
import { AppError, invalid } from '../../shared/errors';
import { restoredSummary } from '../../shared/transferLabels';
import { createContext, type ServiceContext } from '../services/context';
import { createPlanFile, openPlanFile, type OpenPlanFile } from '../services/db/openPlanFile';
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
import type { UsageErrorClass } from './auditCommands';
import { withEditableFile, withWriteLock } from './writeLock';

/** Import, export and underlag from the command line, over the same services as the app. */
export const IMPORT_USAGE = `  import-plan FIL --db FIL [--status-date ÅÅÅÅ-MM-DD] [--dry-run]
                                      läser in en plan från XLSX eller CSV (--dry-run: visar bara vad som skulle skapas)
  export-underlag --db FIL --namnd NAMN --out FIL.xlsx [--plan ID] [--period 2026-T3]
                                      skriver underlaget som en nämnd ska fylla i
  import-svar FIL --db FIL [--period 2026-T3] [--dry-run]
                                      läser in ett ifyllt underlag som lägesrapporter
  export --db FIL --format json|xlsx|csv --out FIL [--plan ID] [--as-of ÅÅÅÅ-MM-DD]
                                      exporterar en plan (json) eller dess statuslista (xlsx, csv)
  restore FIL.json --db FIL           återställer en plan från JSON (skapar planfilen om den inte finns)
`;

export const IMPORT_CLI_OPTIONS = {
  'status-date': { type: 'string' },
  'dry-run': { type: 'boolean' },
  namnd: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  plan: { type: 'string' },
  period: { type: 'string' },
} as const;

export interface ImportCliOptions {
  db?: string;
  'as-of'?: string;
  'status-date'?: string;
  'dry-run'?: boolean;
  namnd?: string;
  out?: string;
  format?: string;
  plan?: string;
  period?: string;
}

const COMMANDS = ['import-plan', 'export-underlag', 'import-svar', 'export', 'restore'] as const;
type ImportCommand = (typeof COMMANDS)[number];

export function isImportCommand(command: string | undefined): command is ImportCommand {
  return (COMMANDS as readonly (string | undefined)[]).includes(command);
}

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

async function importPlan(file: string, options: ImportCliOptions, dbPath: string): Promise<string> {
  const statusDate = options['status-date'];
  if (statusDate !== undefined && !isIsoDate(statusDate)) throw invalid('statusDate', `--status-date: ”${statusDate}” är inte ett datum (ÅÅÅÅ-MM-DD).`);
  const bytes = readInput(file);
  const sheets = await withProblemsAsync(() => readSpreadsheet(bytes, basename(file)));
  const dryRun = options['dry-run'] === true;
  return withFile(dbPath, dryRun, (ctx) => withProblems(() => {
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
      target: { kind: 'new', name: preview.suggestedPlanName }, statusDate: statusDate ?? ctx.today(), bodyChoices: [],
    });
    return [`Planen ”${result.planName}” (id ${result.planId}) lästes in: ${result.actionsCreated} åtgärder, ${result.areasCreated} utvecklingsområden, `
      + `${result.bodiesCreated} nya nämnder, ${result.statusReportsCreated} lägesrapporter.`, ...notes].join('\n');
  }));
}

async function exportUnderlag(options: ImportCliOptions, dbPath: string, UsageError: UsageErrorClass): Promise<string> {
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

async function importSvar(file: string, options: ImportCliOptions, dbPath: string): Promise<string> {
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

async function exportPlan(options: ImportCliOptions, dbPath: string, UsageError: UsageErrorClass): Promise<string> {
  const format = options.format;
  if (format !== 'json' && format !== 'xlsx' && format !== 'csv') throw new UsageError('--format ska vara json, xlsx eller csv.');
  if (!options.out) throw new UsageError('--out saknas.');
  const asOf = options['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw invalid('asOf', `--as-of: ”${asOf}” är inte ett datum (ÅÅÅÅ-MM-DD).`);
  const file: ExportedFile = await readFileAsync(dbPath, async (ctx) => {
    const planId = choosePlan(ctx, options.plan);
    return format === 'json' ? exportPlanJson(ctx, planId) : exportStatusList(ctx, { planId, format, asOf });
  });
  return `${format.toUpperCase()} skrevs till ${writeOut(options.out, file.bytes)}`;
}

function restore(file: string, dbPath: string): string {
  const json = withProblems(() => parsePlanJson(readInput(file), basename(file)));
  return withWriteLock(dbPath, (access) => {
    const created = !existsSync(dbPath);
    let planFile: OpenPlanFile | null = null;
    try {
      planFile = created ? createPlanFile(dbPath) : openPlanFile(dbPath);
      const ctx = createContext(planFile.db, userName());
      ctx.access = access;
      const result = restorePlan(ctx, json);
      planFile.db.close();
      return restoredSummary(result);
    } catch (error) {
      planFile?.db.close();
      // A plan file this command created for the restore goes again when the restore is refused.
      if (created) rmSync(dbPath, { force: true });
      throw error;
    }
  });
}

export async function runImportCommand(command: ImportCommand, rest: string[], options: ImportCliOptions, UsageError: UsageErrorClass): Promise<string> {
  if (!options.db) throw new UsageError('--db FIL saknas.');
  const needsFile = command === 'import-plan' || command === 'import-svar' || command === 'restore';
  if (needsFile && rest.length !== 1) throw new UsageError(`${command}: ange en fil att läsa in.`);
  if (!needsFile && rest.length > 0) throw new UsageError(`Oväntat argument: ${rest.join(' ')}`);
  switch (command) {
    case 'import-plan': return importPlan(rest[0], options, options.db);
    case 'export-underlag': return exportUnderlag(options, options.db, UsageError);
    case 'import-svar': return importSvar(rest[0], options, options.db);
    case 'export': return exportPlan(options, options.db, UsageError);
    case 'restore': return restore(rest[0], options.db);
  }
}
