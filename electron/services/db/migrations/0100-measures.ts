import type { Database } from 'better-sqlite3';

/**
 * Mått with målvärden and their utfall per follow-up period (issue 14), and numeric own indicators.
 * - A mått belongs to exactly one åtgärd or one utvecklingsområde and goes with it when it is deleted.
 * - One utfall per mått and period ("2025", "2025-H2", "2025-T3"): recording it again replaces it, and the
 *   change log keeps the old value.
 * - An indicator with a unit takes numbers; without one it takes Ja/Delvis/Nej (2/1/0) as before.
 *   indicator_value is rebuilt because SQLite cannot relax its NOT NULL score in place
 *   (https://sqlite.org/lang_altertable.html#otheralter).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE measure (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      area_id INTEGER REFERENCES area(id) ON DELETE CASCADE,
      action_id INTEGER REFERENCES action(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      unit TEXT NOT NULL CHECK (unit IN ('antal', 'procent', 'kronor', 'dagar', 'ja_nej')),
      direction TEXT NOT NULL CHECK (direction IN ('hogre', 'lagre')),
      baseline_value REAL,
      baseline_year INTEGER,
      target_value REAL,
      target_date TEXT,
      source TEXT NOT NULL DEFAULT '',
      definition TEXT NOT NULL DEFAULT '',
      comment TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((area_id IS NULL) <> (action_id IS NULL))
    );
    CREATE INDEX measure_by_action ON measure(action_id, position) WHERE action_id IS NOT NULL;
    CREATE INDEX measure_by_area ON measure(area_id, position) WHERE area_id IS NOT NULL;

    CREATE TABLE measure_value (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
      period TEXT NOT NULL,
      measured_on TEXT NOT NULL,
      value REAL NOT NULL,
      comment TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      reported_by TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      UNIQUE (measure_id, period)
    );

    ALTER TABLE indicator ADD COLUMN unit TEXT CHECK (unit IS NULL OR unit IN ('antal', 'procent', 'kronor', 'dagar'));

    CREATE TABLE indicator_value_numeric (
      indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      score INTEGER CHECK (score IN (0, 1, 2)),
      value REAL,
      comment TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (indicator_id, year),
      CHECK ((score IS NULL) <> (value IS NULL))
    ) WITHOUT ROWID;
    INSERT INTO indicator_value_numeric (indicator_id, year, score, comment) SELECT indicator_id, year, score, comment FROM indicator_value;
    DROP TABLE indicator_value;
    ALTER TABLE indicator_value_numeric RENAME TO indicator_value;
  `);
}
