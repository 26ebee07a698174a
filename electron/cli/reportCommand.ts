import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { EXPORT_FORMATS, REPORT_KINDS, type ExportFormat, type ReportKind } from '@shared/report/model';
import { createContext, type ServiceContext } from '../services/context';
import { openPlanFile } from '../services/db/openPlanFile';
import { buildReportFile } from '../services/report/exportReport';
import { userName } from '../services/userName';
import { browserPlatform } from '../web/browserPlatform';
import { closePdfPrinter } from '../web/chromiumPdf';
import type { CliOptions } from './cliOptions';

/**
 * `report --db FIL [--plan ID|NAMN] --year ÅÅÅÅ [--namnd NAMN] [--kind …] --format docx|pdf|html --out FIL`.
 * PDF and charts come from headless Chromium, which is closed at the end so the process exits.
 * The file is written beside the target and renamed, so a failed write leaves nothing behind.
 */
export interface ReportOptions {
  db: string;
  plan?: string;
  year?: string;
  namnd?: string;
  kind?: string;
  format?: string;
  out?: string;
}

const refuse = (message: string) => new AppError('validation', message);

function findPlan(ctx: ServiceContext, plan: string | undefined): number {
  const plans = ctx.db.prepare('SELECT id, name FROM plan ORDER BY id').all() as { id: number; name: string }[];
  if (plan === undefined) {
    if (plans.length === 1) return plans[0].id;
    throw refuse(plans.length === 0 ? 'Planfilen innehåller ingen plan.' : `Planfilen har ${plans.length} planer: ange vilken med --plan ID eller --plan NAMN.`);
  }
  const found = /^\d+$/.test(plan) ? plans.find((p) => p.id === Number(plan)) : plans.find((p) => p.name.toLowerCase() === plan.trim().toLowerCase());
  if (!found) throw refuse(`--plan: planen ”${plan}” finns inte i planfilen.`);
  return found.id;
}

function findBody(ctx: ServiceContext, name: string): number {
  const row = ctx.db.prepare('SELECT id FROM body WHERE name = ? COLLATE NOCASE').get(name.trim()) as { id: number } | undefined;
  if (!row) throw refuse(`--namnd: nämnden ”${name}” finns inte i planfilen.`);
  return row.id;
}

function writeAtomically(out: string, bytes: Uint8Array): void {
  const target = resolve(out);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.skrivs`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'mappen finns inte' : (error as NodeJS.ErrnoException).code === 'EACCES' ? 'behörighet saknas' : (error as Error).message;
    throw new AppError('refused_file', `Kunde inte skriva ${out} (${reason}). Ingen fil skrevs.`);
  }
}

/** The command table's runner (commands.ts): --db is there, checked before. */
export function reportRunner(_input: string | undefined, options: CliOptions): Promise<string> {
  return runReport({ ...options, db: options.db! });
}

export async function runReport(options: ReportOptions): Promise<string> {
  if (options.year === undefined) throw refuse('--year ÅÅÅÅ saknas.');
  if (!/^\d{4}$/.test(options.year)) throw refuse(`--year: ”${options.year}” är inte ett år (ÅÅÅÅ).`);
  if (options.format === undefined) throw refuse(`--format saknas (${EXPORT_FORMATS.join(', ')}).`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) throw refuse(`--format: ”${options.format}” finns inte. Välj ${EXPORT_FORMATS.join(', ')}.`);
  if (options.out === undefined) throw refuse('--out FIL saknas.');
  const kind = (options.kind ?? (options.namnd ? 'namnd' : 'arsrapport')) as ReportKind;
  if (!REPORT_KINDS.includes(kind)) throw refuse(`--kind: ”${options.kind}” finns inte. Välj ${REPORT_KINDS.join(', ')}.`);
  if (kind === 'namnd' && !options.namnd) throw refuse('--namnd NAMN saknas: en nämndrapport gäller en nämnd.');
  const file = openPlanFile(options.db, { readOnly: true });
  try {
    const ctx = createContext(file.db, userName());
    const planId = findPlan(ctx, options.plan);
    const bodyId = kind === 'namnd' ? findBody(ctx, options.namnd!) : null;
    const exported = await buildReportFile(ctx, browserPlatform, { kind, planId, year: Number(options.year), bodyId, format: options.format as ExportFormat });
    writeAtomically(options.out, exported.bytes);
    return `Rapporten skrevs till ${options.out}`;
  } finally {
    file.db.close();
    await closePdfPrinter();
  }
}
