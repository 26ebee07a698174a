import { createHash } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '@shared/errors';
import type { BackupStamp } from './backupPolicy';

/**
 * One plan file's backup folder and the names in it. Backups hold the whole plan, so the folder is
 * the owner's only (0700) and every copy too (0600), where the platform has such modes: Windows
 * keeps the user-data folder per user by its own ACLs, and Node's chmod there only sets read-only.
 */
const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;
const POSIX = process.platform !== 'win32';

/** One folder per plan file: its name plus a short hash of its full path, so two "plan.sqlite" never mix. */
export function backupFolder(backupRoot: string, planPath: string): string {
  const stem = basename(planPath).replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '_');
  const hash = createHash('sha256').update(planPath).digest('hex').slice(0, 8);
  return join(backupRoot, `${stem}-${hash}`);
}

/** "2026-11-26T09-00-00-000Z.sqlite" → "2026-11-26T09:00:00.000Z"; null for anything else. */
export function stampOf(name: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : null;
}

/** A backup's file name for the moment it is taken. */
export function backupName(at: Date): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

/** A copy is written as "….delvis" and renamed when checked; SQLite may leave "….delvis-journal" beside it. */
export const PARTIAL_SUFFIX = '.delvis';

/** Left by a backup that was cut short (the program ended mid-copy): the copy or its journal. */
export function isLeftover(name: string): boolean {
  return /\.delvis(-journal|-wal|-shm)?$/.test(name);
}

/** The names in a backup folder; none if it does not exist yet. Any other failure is said, never an empty list. */
export function folderEntries(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw new AppError('conflict', `Säkerhetskopiorna i ”${folder}” går inte att läsa. Kontrollera att mappen finns och att du har behörighet till den.`);
  }
}

/** The backups in a folder, each with the time it was taken. */
export function backupStamps(folder: string): BackupStamp[] {
  return folderEntries(folder).flatMap((name) => {
    const at = stampOf(name);
    return at ? [{ name, at }] : [];
  });
}

/** Creates the folder (and any missing parent) for the owner only, and narrows an existing one. */
export function ensurePrivateFolder(folder: string): string {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  if (POSIX) chmodSync(folder, PRIVATE_FOLDER);
  return folder;
}

/**
 * Creates an empty file for the owner only, failing if it exists. SQLite writes a backup into an
 * empty file as into a new one, and gives its journal the same mode.
 */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE));
  if (POSIX) chmodSync(path, PRIVATE_FILE);
}
