import type { Database } from 'better-sqlite3';

/**
 * Closed report years: "Stäng år 2025" freezes the reports of that year — statuses, the
 * strateg's texts and every figure — as JSON, so the closed year's report comes out the same
 * later, whatever is reported or edited afterwards. Reopening deletes the row (change-logged).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE report_snapshot (
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      closed_at TEXT NOT NULL,
      closed_by TEXT NOT NULL,
      -- JSON: [{ key: 'arsrapport' | 'rekommendationer' | 'namnd:<bodyId>', model, fields }]
      reports TEXT NOT NULL CHECK (json_valid(reports)),
      PRIMARY KEY (plan_id, year)
    ) WITHOUT ROWID;
  `);
}
