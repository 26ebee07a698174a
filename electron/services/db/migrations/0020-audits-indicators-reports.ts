import type { Database } from 'better-sqlite3';

/**
 * Granskningar (audits) with revisionsfrågor and rekommendationer and the nämndernas svar,
 * indicators with yearly values, and the strateg's saved report texts per plan and year.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      auditor TEXT NOT NULL DEFAULT '',
      report_date TEXT,
      diary_number TEXT NOT NULL DEFAULT '',
      purpose TEXT NOT NULL DEFAULT '',
      summary_assessment TEXT NOT NULL DEFAULT '',
      answer_due TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE audit_body (
      audit_id INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      body_id INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
      PRIMARY KEY (audit_id, body_id)
    ) WITHOUT ROWID;

    CREATE TABLE audit_question (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      audit_id INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      question TEXT NOT NULL CHECK (length(trim(question)) > 0),
      assessment TEXT CHECK (assessment IN ('ja', 'delvis', 'nej')),
      motivation TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_question_by_audit ON audit_question(audit_id, position);

    CREATE TABLE recommendation (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      audit_id INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      text TEXT NOT NULL CHECK (length(trim(text)) > 0)
    );
    CREATE INDEX recommendation_by_audit ON recommendation(audit_id, position);

    -- A recommendation addressed to a nämnd, with that nämnd's svar and planned measures.
    CREATE TABLE recommendation_body (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
      body_id INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
      response TEXT NOT NULL DEFAULT '',
      planned_measures TEXT NOT NULL DEFAULT '',
      responsible TEXT NOT NULL DEFAULT '',
      deadline TEXT,
      status TEXT NOT NULL DEFAULT 'ej_paborjad' CHECK (status IN ('ej_paborjad', 'pagaende', 'genomford', 'avbruten')),
      UNIQUE (recommendation_id, body_id)
    );
    CREATE INDEX recommendation_body_by_body ON recommendation_body(body_id);

    CREATE TABLE recommendation_followup (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      recommendation_body_id INTEGER NOT NULL REFERENCES recommendation_body(id) ON DELETE CASCADE,
      reported_on TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('ej_paborjad', 'pagaende', 'genomford', 'avbruten')),
      comment TEXT NOT NULL DEFAULT '',
      reported_by TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    );
    CREATE INDEX recommendation_followup_by_rb ON recommendation_followup(recommendation_body_id, reported_on);

    CREATE TABLE recommendation_action (
      recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
      action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
      PRIMARY KEY (recommendation_id, action_id)
    ) WITHOUT ROWID;

    CREATE TABLE indicator (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
      quality_area TEXT NOT NULL DEFAULT '',
      indicator_area TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL CHECK (length(trim(text)) > 0),
      national_share_yes REAL CHECK (national_share_yes IS NULL OR (national_share_yes BETWEEN 0 AND 100)),
      origin TEXT NOT NULL DEFAULT ''
    );

    -- Ja/Delvis/Nej = 2/1/0, as in SKL's tables.
    CREATE TABLE indicator_value (
      indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      score INTEGER NOT NULL CHECK (score IN (0, 1, 2)),
      comment TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (indicator_id, year)
    ) WITHOUT ROWID;

    CREATE TABLE report_text (
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      key TEXT NOT NULL,
      text TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (plan_id, year, key)
    ) WITHOUT ROWID;
  `);
}
