import type { Database } from 'better-sqlite3';

/**
 * Mötesanteckningar: what a meeting (e.g. "Jämställdhetsdelegationen 2026-11-26") said about the
 * plan, one utvecklingsområde or one åtgärd, with the protocol reference the yearly report's
 * källförteckning cites. plan_id is always set so a plan's notes are one index seek; area_id and
 * action_id say what the note is about (at most one of them). Notes go with what they are about.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE meeting_note (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      area_id INTEGER REFERENCES area(id) ON DELETE CASCADE,
      action_id INTEGER REFERENCES action(id) ON DELETE CASCADE,
      meeting_date TEXT NOT NULL,
      meeting_name TEXT NOT NULL CHECK (length(trim(meeting_name)) > 0),
      protocol_ref TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL CHECK (length(trim(note)) > 0),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      CHECK (area_id IS NULL OR action_id IS NULL)
    );
    CREATE INDEX meeting_note_by_plan ON meeting_note(plan_id, meeting_date);
    CREATE INDEX meeting_note_by_area ON meeting_note(area_id) WHERE area_id IS NOT NULL;
    CREATE INDEX meeting_note_by_action ON meeting_note(action_id) WHERE action_id IS NOT NULL;
  `);
}
