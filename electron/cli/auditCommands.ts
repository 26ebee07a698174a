import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError, invalid } from '@shared/errors';
import { createContext, type ServiceContext } from '../services/context';
import { openPlanFile } from '../services/db/openPlanFile';
import { listAudits } from '../services/audit/audits';
import { userName } from '../services/userName';
import { RESPONSE_FORMS, type ResponseForm } from '@shared/domain/auditResponse';
import { UsageError, type CliOptions } from './cliOptions';

/** `svar`: a nämnd's svar på revisionsrapport, as the Granskningar view exports it (flags and help: commands.ts). */

function auditId(ctx: ServiceContext, text: string): number {
  const id = /^\d+$/.test(text) ? Number(text) : NaN;
  const audits = listAudits(ctx);
  if (audits.some((a) => a.id === id)) return id;
  const known = audits.map((a) => `  ${a.id}  ${a.title}`).join('\n');
  throw invalid('granskning', `--granskning: det finns ingen granskning med id ”${text}”.${known ? `\nGranskningar i planfilen:\n${known}` : ''}`);
}

/** Nämnder are matched by name, ignoring case and surrounding space. */
function bodyId(ctx: ServiceContext, name: string): number {
  const bodies = ctx.db.prepare('SELECT id, name FROM body ORDER BY name COLLATE NOCASE').all() as { id: number; name: string }[];
  const wanted = name.trim().toLocaleLowerCase('sv');
  const found = bodies.find((b) => b.name.toLocaleLowerCase('sv') === wanted);
  if (found) return found.id;
  throw invalid('namnd', `--namnd: det finns ingen nämnd som heter ”${name}”.\nNämnder i planfilen: ${bodies.map((b) => b.name).join(', ')}`);
}

/** Written beside the target and renamed, so a failure never leaves half a file. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = `${path}.skrivs`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new AppError('refused_file', `Kunde inte skriva ${path}: ${(error as Error).message}`);
  }
}

export async function runSvar(_input: string | undefined, options: CliOptions): Promise<string> {
  for (const flag of ['db', 'granskning', 'namnd', 'out'] as const) {
    if (!options[flag]) throw new UsageError(`--${flag} saknas.`);
  }
  const out = resolve(options.out!);
  if (!out.toLowerCase().endsWith('.docx')) throw new UsageError('--out ska vara en fil som slutar på .docx.');
  const form = (options.form ?? 'tjansteutlatande') as ResponseForm;
  if (!RESPONSE_FORMS.includes(form)) throw new UsageError(`--form ska vara ${RESPONSE_FORMS.join(' eller ')}.`);
  // Loaded here, not at the top: the docx library would slow every other command's start.
  const { buildResponseModel } = await import('../services/audit/responseModel');
  const { renderResponseDocx } = await import('../services/audit/responseDocx');
  const file = openPlanFile(options.db!, { readOnly: true });
  let model;
  try {
    const ctx = createContext(file.db, userName());
    model = buildResponseModel(ctx, { auditId: auditId(ctx, options.granskning!), bodyId: bodyId(ctx, options.namnd!) });
  } finally {
    file.db.close();
  }
  // An SVG logo is drawn to PNG for Word by headless Chromium, started only if it is needed.
  let drew = false;
  const draw = async (svg: string, width: number, height: number) => {
    drew = true;
    return (await import('../web/browserPlatform')).browserPlatform.rasterizeSvg(svg, width, height);
  };
  try {
    writeAtomically(out, await renderResponseDocx(model, form, draw));
  } finally {
    if (drew) await (await import('../web/chromiumPdf')).closePdfPrinter();
  }
  return `Svaret för ${model.body.name} skrevs till ${out}`;
}
