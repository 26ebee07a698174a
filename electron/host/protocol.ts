import { z } from 'zod';
import type { AppInfo } from '@shared/domain/types';
import type { AppErrorData, Result } from '@shared/errors';
import type { DeliveredFile, DeliveredFiles, ExportedFile } from '../services/platform';
import type { InitialFile } from '../main/fileSession';

/**
 * The messages between the service host (the process that owns the plan file and runs dispatch)
 * and its parent (Electron's main process, or browser mode's HTTP server). Both sides parse what
 * they receive: a message that does not parse is answered with an error, never thrown.
 * Internal paths and names, not user text: plain z.string() here is deliberate (the API's text
 * rule applies to the call inputs, which dispatch validates against the contract).
 */

const id = z.number().int().nonnegative();

/** What the parent asks of the open file; one answer each. */
export const controlActionSchema = z.discriminatedUnion('do', [
  z.object({
    do: z.literal('configure'),
    appVersion: z.string(),
    today: z.string().nullable(),
    backups: z.object({ root: z.string(), asksForTarget: z.boolean() }).nullable(),
    /** For tests: another user name and shorter lock timings than the real ones. */
    user: z.string().optional(),
    lockTimings: z.object({ heartbeatMs: z.number().positive(), staleMs: z.number().positive() }).optional(),
  }),
  z.object({ do: z.literal('open'), path: z.string(), readOnly: z.boolean() }),
  z.object({ do: z.literal('openOrRead'), path: z.string() }),
  z.object({ do: z.literal('create'), path: z.string() }),
  z.object({ do: z.literal('openOrCreateDemo'), path: z.string() }),
  z.object({ do: z.literal('openInitial'), lastFile: z.string().optional(), userDataDir: z.string() }),
  z.object({ do: z.literal('saveCopy'), target: z.string() }),
  z.object({ do: z.literal('info') }),
  z.object({ do: z.literal('close') }),
  z.object({ do: z.literal('reportUnexpected') }),
  z.object({ do: z.literal('reportRestart') }),
  z.object({ do: z.literal('backupIdle') }),
]);
export type ControlAction = z.infer<typeof controlActionSchema>;

/** What each control action answers. */
export interface ControlAnswers {
  configure: null;
  open: { backupPath: string | null; problem: string | null };
  openOrRead: string | null;
  create: null;
  openOrCreateDemo: null;
  openInitial: InitialFile;
  saveCopy: null;
  info: AppInfo | null;
  close: null;
  reportUnexpected: null;
  reportRestart: null;
  backupIdle: null;
}

export const toHostSchema = z.union([
  z.object({ type: z.literal('call'), id, name: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('control'), id, action: controlActionSchema }),
  z.object({ type: z.literal('platformAnswer'), id, ok: z.literal(true), value: z.unknown() }),
  z.object({ type: z.literal('platformAnswer'), id, ok: z.literal(false), message: z.string() }),
]);
export type ToHost = z.infer<typeof toHostSchema>;

/** The platform needs of the services, served by the parent (dialogs, printing). */
export type PlatformRequest =
  | { method: 'printToPdf'; html: string; options?: { landscape?: boolean } }
  | { method: 'rasterizeSvg'; svg: string; width: number; height: number }
  | { method: 'deliverFile'; file: ExportedFile }
  | { method: 'deliverFiles'; files: ExportedFile[] }
  | { method: 'chooseRestoreTarget'; suggestedPath: string };

export interface PlatformAnswers {
  printToPdf: Uint8Array;
  rasterizeSvg: Uint8Array;
  deliverFile: DeliveredFile;
  deliverFiles: DeliveredFiles;
  chooseRestoreTarget: string | null;
}

/** A refusal of a control action; fileInUse lets the parent rebuild FileInUseError (open read-only instead?). */
export type ControlError = AppErrorData & { fileInUse?: { owner: unknown; fileName: string } };

/** The file the host has open after a control action or a restore, so a restarted host can reopen it. */
export type OpenPath = string | null;

export type FromHost =
  | { type: 'ready' }
  | { type: 'answer'; id: number; result: Result<unknown>; openPath: OpenPath }
  | { type: 'controlAnswer'; id: number; ok: true; value: unknown; openPath: OpenPath }
  | { type: 'controlAnswer'; id: number; ok: false; error: ControlError; openPath: OpenPath }
  | { type: 'platform'; id: number; request: PlatformRequest }
  /** A message the host could not read, with no id to answer it by. */
  | { type: 'unreadable'; message: string };

const result = z.union([
  // changed: the tables a write changed (Result.changed), which the renderer's cache invalidates by.
  z.object({ ok: z.literal(true), value: z.unknown(), changed: z.union([z.array(z.string()), z.literal('everything')]).optional() }),
  z.object({ ok: z.literal(false), error: z.object({ kind: z.string(), message: z.string() }).loose() }),
]);
const openPath = z.string().nullable();

/** The parent reads the host's messages as carefully as the host reads the parent's. */
export const fromHostSchema = z.union([
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('answer'), id, result, openPath }),
  z.object({ type: z.literal('controlAnswer'), id, ok: z.literal(true), value: z.unknown(), openPath }),
  z.object({ type: z.literal('controlAnswer'), id, ok: z.literal(false), error: z.object({ kind: z.string(), message: z.string() }).loose(), openPath }),
  z.object({ type: z.literal('platform'), id, request: z.object({ method: z.enum(['printToPdf', 'rasterizeSvg', 'deliverFile', 'deliverFiles', 'chooseRestoreTarget']) }).loose() }),
  z.object({ type: z.literal('unreadable'), message: z.string() }),
]);

/** Said to the sender of a message the host could not read. */
export const UNREADABLE_MESSAGE = 'Meddelandet till planfilens tjänst gick inte att läsa. Inget har ändrats.';
