/**
 * Benchmarks of issue 6: importing a 2,000-row plan (read the XLSX, check every row, write it in one
 * transaction) ≤ 2 s median, and writing underlag for 60 nämnder ≤ 5 s median. Each import goes into
 * a fresh plan file that already has the 60 nämnder (made before the clock starts).
 *   npx tsx tests/bench/importBench.ts
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, type ServiceContext } from '../../electron/services/context';
import { createPlanFile } from '../../electron/services/db/openPlanFile';
import { commitPlanImport } from '../../electron/services/import/commitPlan';
import { parsePlanFile } from '../../electron/services/import/planPreview';
import { readSpreadsheet } from '../../electron/services/import/spreadsheet';
import { createBody } from '../../electron/services/plan/bodies';
import { underlagData } from '../../electron/services/underlag/underlagData';
import { buildUnderlag } from '../../electron/services/underlag/underlagWorkbook';
import { median, percentile } from './measure';

const ROWS = 2_000;
const BODIES = 60;
const STATUSES = ['Ej påbörjad', 'Pågår', 'Klar', 'Pågående', ''];
const bodyName = (n: number) => (n === 0 ? 'Kommunstyrelsen' : `Nämnd ${n}`);

/** A plan as a kommun might keep it in Excel: a title, område cells left empty below the first, mixed date forms. */
export async function planWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  sheet.addRow(['Handlingsplan mot våld i nära relationer 2024–2027']);
  sheet.addRow([]);
  sheet.addRow(['Nr', 'Utvecklingsområde', 'Åtgärd', 'Beskrivning', 'Ansvarig nämnd', 'Start', 'Klart senast', 'Status', 'Kommentar']);
  for (let i = 0; i < ROWS; i++) {
    const area = Math.floor(i / (ROWS / 10));
    const lead = i % BODIES;
    const responsible = i % 3 === 0 ? `${bodyName(lead)}, ${bodyName((lead + 7) % BODIES)}` : bodyName(lead);
    const start = i % 4 === 0 ? new Date(Date.UTC(2024, i % 12, 1)) : String(2024 + (i % 2));
    const deadline = i % 5 === 0 ? 'Löpande' : i % 5 === 1 ? '2024–2027' : i % 5 === 2 ? `31 december ${2025 + (i % 3)}` : new Date(Date.UTC(2026, i % 12, 28));
    sheet.addRow([
      `${area + 1}.${i + 1}`, i % (ROWS / 10) === 0 ? `Utvecklingsområde ${area + 1}` : null, `Åtgärd nummer ${i + 1} i planen`,
      `Beskrivning av åtgärd ${i + 1}: vad som ska göras, av vem och hur det följs upp.`, responsible, start, deadline,
      STATUSES[i % STATUSES.length], i % 2 === 0 ? `Kommentar till åtgärd ${i + 1}.` : null,
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
}

function fileWithBodies(dir: string, name: string): ServiceContext {
  const file = createPlanFile(join(dir, name));
  const ctx = createContext(file.db, 'bench', () => new Date('2026-11-26T10:00:00Z'));
  for (let b = 0; b < BODIES; b++) createBody(ctx, { name: bodyName(b), kind: b === 0 ? 'styrelse' : 'namnd', active: true });
  return ctx;
}

async function importOnce(ctx: ServiceContext, bytes: Uint8Array): Promise<number> {
  const sheets = await readSpreadsheet(bytes, 'plan.xlsx');
  const parsed = parsePlanFile(ctx, sheets, 'plan.xlsx');
  return commitPlanImport(ctx, parsed, { target: { kind: 'new', name: 'Storkommunens plan' }, statusDate: '2026-11-26', bodyChoices: [], measureChoices: [] }).planId;
}

export interface ImportBenchResult { name: string; medianMs: number; p95Ms: number; runs: number; targetMs: number }

function result(name: string, times: number[], targetMs: number): ImportBenchResult {
  return { name, medianMs: median(times), p95Ms: percentile(times, 95), runs: times.length, targetMs };
}

export async function benchImport(): Promise<ImportBenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-importbench-'));
  try {
    const bytes = await planWorkbook();
    const importTimes: number[] = [];
    let planId = 0;
    let ctx: ServiceContext | null = null;
    for (let run = 0; run < 8; run++) {
      ctx?.db.close();
      ctx = fileWithBodies(dir, `import-${run}.sqlite`);
      const start = performance.now();
      planId = await importOnce(ctx, bytes);
      if (run >= 1) importTimes.push(performance.now() - start); // the first run warms up
    }

    const bodyIds = (ctx!.db.prepare('SELECT id FROM body ORDER BY id').all() as { id: number }[]).map((b) => b.id);
    const underlagTimes: number[] = [];
    for (let run = 0; run < 6; run++) {
      const start = performance.now();
      const files = [];
      for (const data of underlagData(ctx!, { planId, bodyIds, period: '2026-T3', replyBy: null, includeClosed: false })) {
        files.push(await buildUnderlag(data, ctx!.now()));
      }
      if (files.length !== BODIES) throw new Error(`expected ${BODIES} underlag, got ${files.length}`);
      if (run >= 1) underlagTimes.push(performance.now() - start);
    }
    ctx?.db.close();
    return [
      result(`Importera en plan med ${ROWS.toLocaleString('sv-SE')} rader (XLSX → planfil)`, importTimes, 2_000),
      result(`Skriva underlag för ${BODIES} nämnder (XLSX)`, underlagTimes, 5_000),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchImport();
  for (const r of results) {
    process.stdout.write(`${r.name}: median ${r.medianMs.toFixed(0)} ms, p95 ${r.p95Ms.toFixed(0)} ms (${r.runs} körningar, mål ≤ ${r.targetMs} ms)\n`);
  }
}
