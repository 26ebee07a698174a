import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import { jobThread, runCall } from '../../../electron/services/api/runCall';
import { createContext } from '../../../electron/services/context';
import { listAudits } from '../../../electron/services/audit/audits';
import { openPlanFile } from '../../../electron/services/db/openPlanFile';
import { readZipDirectory } from '../../../electron/services/import/zipDirectory';
import { THREAD_STOPPED_MESSAGE } from '../../../electron/services/jobs/jobThreadHost';
import type { Platform } from '../../../electron/services/platform';
import type { CallName } from '@shared/api/contract';
import type { Result } from '@shared/errors';
import { contentHash } from '../../helpers/dbContent';
import { createTestPlanFile, sessionFor, tempDir, TODAY, withDemoPlan } from '../../helpers/planFile';
import { docxText } from '../../helpers/zipEntry';
import { fixtureBytes, upload } from '../import/importHelpers';
import { inflateRawSync } from 'node:zlib';

/**
 * runCall answers every heavy call from the job thread exactly as dispatch answers it inline: the
 * same values (a DOCX or XLSX part by part, since each stamps its own creation time and a Word body
 * numbers its drawings per process), the same Swedish refusals, and the same plan file afterwards.
 */
afterAll(() => jobThread.stop());

/** Prints and draws nothing: the HTML and SVG come back as the bytes, so equal bytes mean an equal document. */
export function downloadPlatform(): Platform {
  const download = (file: { fileName: string; mimeType: string; bytes: Uint8Array }) => ({
    fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64'),
  });
  return {
    printToPdf: async (html) => new TextEncoder().encode(html),
    rasterizeSvg: async (svg) => new TextEncoder().encode(svg),
    deliverFile: async (file) => ({ kind: 'download', ...download(file) }),
    deliverFiles: async (files) => ({ kind: 'download', files: files.map(download) }),
  };
}

/** Two plan files with the same content (and the same file id), the demo plan or empty, each with its own session. */
function twins(start: 'demo' | 'empty' = 'demo'): [Session, Session] {
  const { file } = start === 'demo' ? withDemoPlan() : createTestPlanFile();
  const dir = tempDir();
  const clock = () => new Date(`${TODAY}T10:00:00Z`);
  return [1, 2].map((n) => {
    const path = join(dir, `tvilling-${n}.sqlite`);
    writeFileSync(path, file.db.serialize());
    const twin = openPlanFile(path);
    afterAll(() => twin.db.close());
    return { ...sessionFor(twin, createContext(twin.db, 'testare', clock)), platform: downloadPlatform() };
  }) as [Session, Session];
}

function zipParts(bytes: Buffer): [string, Buffer][] {
  return readZipDirectory(bytes, Number.MAX_SAFE_INTEGER).entries.map((e) => {
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    return [e.name, e.method === 0 ? Buffer.from(data) : inflateRawSync(data)];
  });
}

/** A file's content: a ZIP part by part (a Word body as its text; no creation stamp), anything else as it is. */
function content(base64: string): unknown {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return bytes.toString('latin1');
  return Object.fromEntries(zipParts(bytes).filter(([name]) => name !== 'docProps/core.xml')
    .map(([name, data]) => [name, name === 'word/document.xml' ? docxText(data.toString('utf8')) : data.toString('latin1')]));
}

/** Every base64 file in an answer replaced by its content, so two answers compare as documents. */
function comparable(result: Result<unknown>): unknown {
  return JSON.parse(JSON.stringify(result), (key, value: unknown) => (key === 'base64' && typeof value === 'string' ? content(value) : value));
}

/** The call inline on one twin and in the thread on the other: the same answer, and the same file afterwards. */
async function sameAnswer(name: CallName, input: unknown, [inline, threaded]: [Session, Session] = twins()): Promise<Result<unknown>> {
  const expected = await dispatch(inline, name, input);
  const answer = await runCall(threaded, name, input);
  expect(comparable(answer)).toEqual(comparable(expected));
  expect(contentHash(threaded.ctx.db)).toBe(contentHash(inline.ctx.db));
  return answer;
}

async function filledUnderlag(session: Session): Promise<{ name: string; base64: string }> {
  const result = await dispatch(session, 'exportUnderlag', { planId: 1, bodyIds: [bodyId(session, 'Socialnämnden')], period: '2026-T3' });
  const file = (result as { ok: true; value: { files: { base64: string }[] } }).value.files[0];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Åtgärder')!;
  let first = 0;
  sheet.eachRow((row, n) => { if (first === 0 && typeof row.getCell('A').value === 'number') first = n; });
  sheet.getCell(`J${first}`).value = 'Genomförd';
  sheet.getCell(`K${first}`).value = 'Rutinen är beslutad.';
  return upload('Svar Socialnämnden.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer));
}

function bodyId(session: Session, name: string): number {
  return (session.ctx.db.prepare('SELECT id FROM body WHERE name = ?').get(name) as { id: number }).id;
}

describe('runCall: heavy calls in the job thread answer as dispatch does', () => {
  it('exports the yearly report as DOCX, PDF and HTML, and a nämnd’s report', async () => {
    const pair = twins();
    for (const format of ['docx', 'pdf', 'html']) {
      const answer = await sameAnswer('exportReport', { kind: 'arsrapport', planId: 1, year: 2025, format }, pair);
      expect(answer.ok).toBe(true);
    }
    await sameAnswer('exportReport', { kind: 'namnd', planId: 1, year: 2025, bodyId: bodyId(pair[0], 'Socialnämnden'), format: 'docx' }, pair);
  });

  it('exports the handout, a svar på revisionsrapport, the status list, the plan as JSON and the import template', async () => {
    const pair = twins();
    await sameAnswer('exportHandout', { title: 'Översikt', html: '<h1>Översikt</h1><p>Läget i planen.</p>' }, pair);
    const auditId = listAudits(pair[0].ctx)[0].id;
    expect((await sameAnswer('exportAuditResponse', { auditId, bodyId: bodyId(pair[0], 'Socialnämnden') }, pair)).ok).toBe(true);
    for (const format of ['xlsx', 'csv']) await sameAnswer('exportStatusList', { planId: 1, format, asOf: TODAY }, pair);
    await sameAnswer('exportPlanJson', { planId: 1 }, pair);
    await sameAnswer('savePlanImportTemplate', {}, pair);
  });

  it('writes underlag for several nämnder at once', async () => {
    const pair = twins();
    const answer = await sameAnswer('exportUnderlag', { planId: 1, bodyIds: [bodyId(pair[0], 'Socialnämnden'), bodyId(pair[0], 'Kommunstyrelsen')], period: '2026-T3' }, pair);
    expect((answer as { ok: true; value: { files: unknown[] } }).value.files).toHaveLength(2);
  });

  it('previews and imports a plan from XLSX, restores a plan from JSON, previews and reads in a svar', async () => {
    const file = upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx'));
    await sameAnswer('previewPlanImport', { file });
    const bodyChoices = [{ name: 'Socialnamnden', bodyId: null }];
    const imported = await sameAnswer('commitPlanImport', { file, target: { kind: 'new', name: 'Importerad plan' }, statusDate: TODAY, bodyChoices });
    expect(imported).toMatchObject({ ok: true, value: { planName: 'Importerad plan', actionsCreated: 6 } });

    const [demoPlan] = twins();
    const json = (await dispatch(demoPlan, 'exportPlanJson', { planId: 1 }) as { ok: true; value: { base64: string } }).value.base64;
    expect(await sameAnswer('restorePlanJson', { file: { name: 'plan.json', base64: json } }, twins('empty'))).toMatchObject({ ok: true });

    const svar = twins();
    const filled = await filledUnderlag(svar[0]);
    await sameAnswer('previewSvarImport', { file: filled }, svar);
    const read = await sameAnswer('commitSvarImport', { file: filled, period: '2026-T3' }, svar);
    expect(read.ok).toBe(true);
  });
});

describe('runCall: refusals from the job thread', () => {
  it('are the same Swedish messages as inline, and leave the plan file as it was', async () => {
    const pair = twins();
    const before = contentHash(pair[1].ctx.db);
    const refusals: [CallName, unknown][] = [
      ['exportReport', { kind: 'arsrapport', planId: 1, year: 2025, format: 'odt' }],
      ['exportStatusList', { planId: 999, format: 'xlsx' }],
      ['previewPlanImport', { file: upload('plan.xlsx', 'inte ett kalkylark') }],
      // A name close to an existing nämnd must be accepted or refused by the user first.
      ['commitPlanImport', { file: upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx')), target: { kind: 'new', name: 'Ny' }, statusDate: TODAY }],
      ['restorePlanJson', { file: { name: 'plan.json', base64: Buffer.from('{"inte": "en plan"}').toString('base64') } }],
    ];
    for (const [name, input] of refusals) {
      const answer = await sameAnswer(name, input, pair);
      expect(answer, name).toMatchObject({ ok: false, error: { message: expect.stringMatching(/[åäö]|\.$/) } });
    }
    expect(contentHash(pair[1].ctx.db)).toBe(before);
  });

  it('refuses an import into a file opened read-only, as inline', async () => {
    const [inline, threaded] = twins().map((s) => ({ ...s, readOnly: true })) as [Session, Session];
    const file = upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx'));
    const input = { file, target: { kind: 'new', name: 'Importerad plan' }, statusDate: TODAY, bodyChoices: [{ name: 'Socialnamnden', bodyId: null }] };
    const answer = await sameAnswer('commitPlanImport', input, [inline, threaded]);
    expect(answer).toEqual({ ok: false, error: { kind: 'conflict', message: 'Planfilen är öppnad skrivskyddad. Inget har ändrats.' } });
  });
});

describe('runCall: a write in the job thread', () => {
  it('is in the change log and undone by one Ctrl+Z on the owner’s connection', async () => {
    const [session] = twins();
    const before = contentHash(session.ctx.db, ['change_log', 'undo_entry']);
    const logBefore = (session.ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    const file = upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx'));
    const answer = await runCall(session, 'commitPlanImport', {
      file, target: { kind: 'new', name: 'Importerad plan' }, statusDate: TODAY, bodyChoices: [{ name: 'Socialnamnden', bodyId: null }],
    });
    expect(answer).toMatchObject({ ok: true });
    const logged = session.ctx.db.prepare('SELECT at, user FROM change_log WHERE id > ?').all(logBefore) as { at: string; user: string }[];
    expect(logged.length).toBeGreaterThan(6);
    expect(new Set(logged.map((row) => `${row.user} ${row.at}`))).toEqual(new Set([`testare ${TODAY}T10:00:00.000Z`]));
    expect(await dispatch(session, 'getUndoState', {})).toMatchObject({ ok: true, value: { label: expect.stringMatching(/^Ny plan/) } });
    expect(await runCall(session, 'undoLastChange', {})).toMatchObject({ ok: true });
    const plans = await dispatch(session, 'listPlans', {}) as { ok: true; value: { name: string }[] };
    expect(plans.value.map((p) => p.name)).not.toContain('Importerad plan');
    // The undo's own change-log rows stay; everything else is as before the import.
    expect(contentHash(session.ctx.db, ['change_log', 'undo_entry'])).toBe(before);
  });
});

describe('runCall: the job thread itself', () => {
  it('stopping in the middle of a call is answered with an error; the owner answers on and the next call starts a new thread', async () => {
    const [session] = twins();
    let stopped = false;
    const dying: Session = {
      ...session,
      platform: {
        ...session.platform,
        rasterizeSvg: async (svg) => {
          if (!stopped) {
            stopped = true;
            await jobThread.stop();
          }
          return new TextEncoder().encode(svg);
        },
      },
    };
    const answer = await runCall(dying, 'exportReport', { kind: 'arsrapport', planId: 1, year: 2025, format: 'docx' });
    expect(answer).toEqual({ ok: false, error: { kind: 'internal', message: THREAD_STOPPED_MESSAGE } });
    expect(await runCall(session, 'listPlans', {})).toMatchObject({ ok: true, value: [{ id: 1 }] });
    expect(await runCall(session, 'exportReport', { kind: 'arsrapport', planId: 1, year: 2025, format: 'html' })).toMatchObject({ ok: true });
  });

  it('is not used for a plan file held in memory: the call runs inline', async () => {
    const db = new Database(':memory:');
    afterAll(() => db.close());
    const [onDisk] = twins();
    const memory: Session = { ...onDisk, ctx: { ...onDisk.ctx, db } };
    const run = vi.spyOn(jobThread, 'run');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Inline on an empty database: the SQL error comes back in Swedish, as from dispatch.
    expect(await runCall(memory, 'exportPlanJson', { planId: 1 })).toEqual(await dispatch(memory, 'exportPlanJson', { planId: 1 }));
    logged.mockRestore();
    expect(run).not.toHaveBeenCalled();
    await runCall(onDisk, 'exportPlanJson', { planId: 1 });
    expect(run).toHaveBeenCalledTimes(1);
    run.mockRestore();
  });

  it('is not used for cheap calls', async () => {
    const [session] = twins();
    const run = vi.spyOn(jobThread, 'run');
    expect(await runCall(session, 'listPlans', {})).toEqual(await dispatch(session, 'listPlans', {}));
    expect(run).not.toHaveBeenCalled();
    run.mockRestore();
  });
});
