import type { Database } from 'better-sqlite3';

/**
 * The plan itself: plans, utvecklingsområden, åtgärder, nämnder and who is responsible,
 * status reports (history, never overwritten) and the change log every write goes into.
 * Dates are ISO 'YYYY-MM-DD' text, timestamps ISO 8601 text in UTC. AUTOINCREMENT keeps an id from
 * ever naming a second record, so the change log's history of an id is the history of one thing.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE plan (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      municipality TEXT NOT NULL DEFAULT '',
      period_start INTEGER,
      period_end INTEGER,
      decided_by TEXT NOT NULL DEFAULT '',
      decided_on TEXT,
      diary_number TEXT NOT NULL DEFAULT '',
      overall_goal TEXT NOT NULL DEFAULT '',
      revision_interval_years INTEGER,
      follow_up_rhythm TEXT NOT NULL DEFAULT 'år' CHECK (follow_up_rhythm IN ('år', 'halvår', 'tertial')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE area (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      description TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX area_by_plan ON area(plan_id, position);

    CREATE TABLE body (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
      kind TEXT NOT NULL CHECK (kind IN ('namnd', 'styrelse', 'bolag')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    );

    CREATE TABLE action (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      number TEXT NOT NULL DEFAULT '',
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      description TEXT NOT NULL DEFAULT '',
      proposed_measures TEXT NOT NULL DEFAULT '',
      start_date TEXT,
      deadline TEXT,
      indicator_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (start_date IS NULL OR deadline IS NULL OR start_date <= deadline)
    );
    CREATE INDEX action_by_area ON action(area_id, position);
    CREATE INDEX action_by_deadline ON action(deadline);

    -- One huvudansvarig per åtgärd (partial unique index); the rest are medansvariga.
    CREATE TABLE action_body (
      action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
      body_id INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
      role TEXT NOT NULL CHECK (role IN ('huvudansvarig', 'medansvarig')),
      PRIMARY KEY (action_id, body_id)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX action_body_one_lead ON action_body(action_id) WHERE role = 'huvudansvarig';
    CREATE INDEX action_body_by_body ON action_body(body_id, action_id);

    CREATE TABLE source (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      publisher TEXT NOT NULL DEFAULT '',
      published_on TEXT,
      reference TEXT NOT NULL DEFAULT '',
      url TEXT NOT NULL DEFAULT ''
    );

    CREATE TABLE status_report (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
      reported_on TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('ej_paborjad', 'pagaende', 'genomford', 'avbruten')),
      assessment TEXT CHECK (assessment IN ('ja', 'delvis', 'nej')),
      comment TEXT NOT NULL DEFAULT '',
      source_id INTEGER REFERENCES source(id) ON DELETE SET NULL,
      period TEXT NOT NULL DEFAULT '',
      reported_by TEXT NOT NULL DEFAULT '',
      body_id INTEGER REFERENCES body(id) ON DELETE RESTRICT,
      created_at TEXT NOT NULL
    );
    -- "Latest status per åtgärd as of a date" is one seek per åtgärd in this covering index.
    CREATE INDEX status_report_latest ON status_report(action_id, reported_on, id, status);
    CREATE INDEX status_report_by_date ON status_report(reported_on);

    -- History is the point: a status report is never changed, a correction is a new report.
    -- (ON DELETE SET NULL of its source is the one update SQLite itself may make.)
    CREATE TRIGGER status_report_never_overwritten
    BEFORE UPDATE OF action_id, reported_on, status, assessment, comment, period, reported_by, body_id, created_at
    ON status_report
    BEGIN
      SELECT RAISE(ABORT, 'status_report is append-only');
    END;

    CREATE TABLE change_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER NOT NULL,
      operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
      field TEXT,
      old_value TEXT,
      new_value TEXT,
      plan_id INTEGER,
      action_id INTEGER
    );
    CREATE INDEX change_log_by_time ON change_log(at);
    CREATE INDEX change_log_by_entity ON change_log(entity, entity_id);
    CREATE INDEX change_log_by_action ON change_log(action_id) WHERE action_id IS NOT NULL;
  `);
}
