import type { Database } from 'better-sqlite3';
import { up as planCore } from './0010-plan-core';
import { up as auditsIndicatorsReports } from './0020-audits-indicators-reports';
import { up as undoJournal } from './0030-undo-journal';
import { up as reportSnapshots } from './0040-report-snapshots';
import { up as meetingNotes } from './0050-meeting-notes';
import { up as fileIdentity } from './0060-file-identity';
import { up as undoWriter } from './0070-undo-writer';
import { up as documentSettingsAndSvar } from './0090-document-settings-and-svar';
import { up as measures } from './0100-measures';
import { up as reportFindingsRevisions } from './0110-report-findings-revisions';
import { up as rowVersions } from './0120-row-versions';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Numbered in multiples of 10 so a fix can slot in between; never renumber a released step. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'plan-core', up: planCore },
  { version: 20, name: 'audits-indicators-reports', up: auditsIndicatorsReports },
  { version: 30, name: 'undo-journal', up: undoJournal },
  { version: 40, name: 'report-snapshots', up: reportSnapshots },
  { version: 50, name: 'meeting-notes', up: meetingNotes },
  { version: 60, name: 'file-identity', up: fileIdentity },
  { version: 70, name: 'undo-writer', up: undoWriter },
  { version: 90, name: 'document-settings-and-svar', up: documentSettingsAndSvar },
  { version: 100, name: 'measures', up: measures },
  { version: 110, name: 'report-findings-revisions', up: reportFindingsRevisions },
  { version: 120, name: 'row-versions', up: rowVersions },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** "PUF1" — lets this app (and `file(1)`) recognise a plan file; offset 68 of the header. */
export const APPLICATION_ID = 0x50554631;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every step above the file's version, each in its own transaction together with
 * the user_version bump, so a crash leaves the file at the last completed step.
 */
export function migrate(db: Database, target = LATEST_SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= schemaVersion(db) || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
