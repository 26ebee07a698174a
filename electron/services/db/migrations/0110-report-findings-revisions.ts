import type { Database } from 'better-sqlite3';

/**
 * What the yearly report judges with (issue 14): the plan's revisions, the report's questions and
 * iakttagelser per utvecklingsområde and year, the documents and intervjuer the strateg adds to a
 * year's källförteckning, and the beslut behind an Avbruten status report.
 *
 * - plan_revision: each revision of the plan (date, decided by, diarienummer, what changed); the
 *   next one is due from the plan's revision interval.
 * - report_question: Vår bedömning's questions for one område and year. The row with follows_rule = 1
 *   is the standard question ("Har åtgärderna … genomförts enligt planen?"): NULL question means its
 *   standard wording, NULL assessment/motivation mean the rule's suggestion and reason. Other rows
 *   are the strateg's own and carry all three. An område without rows has just the standard question.
 * - report_finding: iakttagelser for one område (or the plan as a whole, area_id NULL) and year,
 *   citing sources from the register (report_finding_source). A row with `suggestion` set began as a
 *   finding the app suggested (its kind, e.g. 'revision', for the plan or for the row's område);
 *   dismissed = 1 keeps a removed suggestion from being offered again that year.
 * - report_source: register sources the strateg adds to a year's källförteckning; source.kind says
 *   whether a source is a document or an intervju.
 * - status_report.stop_*: beslut, instans and datum behind an Avbruten report. Status reports stay
 *   append-only, so the trigger is re-created to cover the new columns. The latest-report index also
 *   covers the period, which the "Ej rapporterad under året" mark reads.
 *
 * The strateg's saved answers to the standard question (report_text keys omrade.<id>.bedomning and
 * omrade.<id>.motivering) move into report_question, so an answer lives in one place.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE plan_revision (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      revised_on TEXT NOT NULL,
      decided_by TEXT NOT NULL DEFAULT '',
      diary_number TEXT NOT NULL DEFAULT '',
      changes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX plan_revision_by_plan ON plan_revision(plan_id, revised_on);

    CREATE TABLE report_question (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      area_id INTEGER NOT NULL REFERENCES area(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      position INTEGER NOT NULL,
      follows_rule INTEGER NOT NULL DEFAULT 0 CHECK (follows_rule IN (0, 1)),
      question TEXT CHECK (question IS NULL OR length(trim(question)) > 0),
      assessment TEXT CHECK (assessment IN ('ja', 'delvis', 'nej')),
      motivation TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (follows_rule = 1 OR (question IS NOT NULL AND assessment IS NOT NULL AND motivation IS NOT NULL))
    );
    CREATE INDEX report_question_by_year ON report_question(plan_id, year, area_id, position);
    CREATE INDEX report_question_by_area ON report_question(area_id);
    CREATE UNIQUE INDEX report_question_one_rule ON report_question(area_id, year) WHERE follows_rule = 1;

    CREATE TABLE report_finding (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      area_id INTEGER REFERENCES area(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      position INTEGER NOT NULL,
      suggestion TEXT CHECK (suggestion IS NULL OR length(suggestion) > 0),
      dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
      text TEXT NOT NULL CHECK (dismissed = 1 OR length(trim(text)) > 0),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (dismissed = 0 OR suggestion IS NOT NULL)
    );
    CREATE INDEX report_finding_by_year ON report_finding(plan_id, year, position);
    CREATE INDEX report_finding_by_area ON report_finding(area_id) WHERE area_id IS NOT NULL;
    CREATE UNIQUE INDEX report_finding_one_suggestion ON report_finding(plan_id, year, suggestion, COALESCE(area_id, 0)) WHERE suggestion IS NOT NULL;

    CREATE TABLE report_finding_source (
      finding_id INTEGER NOT NULL REFERENCES report_finding(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
      PRIMARY KEY (finding_id, source_id)
    ) WITHOUT ROWID;
    CREATE INDEX report_finding_source_by_source ON report_finding_source(source_id);

    ALTER TABLE source ADD COLUMN kind TEXT NOT NULL DEFAULT 'dokument' CHECK (kind IN ('dokument', 'intervju'));

    CREATE TABLE report_source (
      plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
      PRIMARY KEY (plan_id, year, source_id)
    ) WITHOUT ROWID;
    CREATE INDEX report_source_by_source ON report_source(source_id);

    ALTER TABLE status_report ADD COLUMN stop_decision TEXT NOT NULL DEFAULT '';
    ALTER TABLE status_report ADD COLUMN stop_decided_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE status_report ADD COLUMN stop_decided_on TEXT;

    -- The latest report's period comes with its status from one covering seek (plan/reportedInYear.ts).
    DROP INDEX status_report_latest;
    CREATE INDEX status_report_latest ON status_report(action_id, reported_on, id, status, period);

    DROP TRIGGER status_report_never_overwritten;
    CREATE TRIGGER status_report_never_overwritten
    BEFORE UPDATE OF action_id, reported_on, status, assessment, comment, period, reported_by, body_id, created_at,
      stop_decision, stop_decided_by, stop_decided_on
    ON status_report
    BEGIN
      SELECT RAISE(ABORT, 'status_report is append-only');
    END;

    INSERT INTO report_question (plan_id, area_id, year, position, follows_rule, question, assessment, motivation, created_at, updated_at)
    SELECT ar.plan_id, ar.id, t.year, 0, 1, NULL,
      (SELECT b.text FROM report_text b WHERE b.plan_id = t.plan_id AND b.year = t.year AND b.key = 'omrade.' || ar.id || '.bedomning'
        AND b.text IN ('ja', 'delvis', 'nej')),
      (SELECT m.text FROM report_text m WHERE m.plan_id = t.plan_id AND m.year = t.year AND m.key = 'omrade.' || ar.id || '.motivering'),
      MIN(t.updated_at), MAX(t.updated_at)
    FROM report_text t JOIN area ar ON ar.plan_id = t.plan_id
      AND t.key IN ('omrade.' || ar.id || '.bedomning', 'omrade.' || ar.id || '.motivering')
    GROUP BY ar.id, t.year;
    DELETE FROM report_text WHERE key GLOB 'omrade.[0-9]*.bedomning' OR key GLOB 'omrade.[0-9]*.motivering';
  `);
}
