import type { Database } from 'better-sqlite3';

/**
 * Who writes the kommun's documents, and the nämnders' own words in their svar.
 *
 * - document_settings: one row. The strateg's name, title and förvaltning, the kommun's name and
 *   optionally its logo (PNG or SVG, base64, checked before it is saved). They belong to the
 *   plan file, not to the computer: the report is the kommun's, "Upprättad av" must not be the
 *   operating system's user name, and a later server mode serves the same file to several people.
 *   The kommun's name starts from the first plan that names one.
 * - audit_response: per granskning and nämnd, what a svar på revisionsrapport says besides the
 *   answers to each recommendation (those stay in recommendation_body): handläggare and contact,
 *   sammanfattning, ärendets beredning, the nämnd's overall stance, a comment on recommendations
 *   to other nämnder, the decision (date and paragraf) and who signs.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE document_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      author_name TEXT NOT NULL DEFAULT '',
      author_title TEXT NOT NULL DEFAULT '',
      administration TEXT NOT NULL DEFAULT '',
      municipality TEXT NOT NULL DEFAULT '',
      logo_name TEXT NOT NULL DEFAULT '',
      logo_type TEXT CHECK (logo_type IN ('image/png', 'image/svg+xml')),
      logo_base64 TEXT,
      CHECK ((logo_type IS NULL) = (logo_base64 IS NULL))
    );
    INSERT INTO document_settings (id, municipality)
      VALUES (1, COALESCE((SELECT municipality FROM plan WHERE trim(municipality) <> '' ORDER BY id LIMIT 1), ''));

    CREATE TABLE audit_response (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      audit_id INTEGER NOT NULL REFERENCES audit(id) ON DELETE CASCADE,
      body_id INTEGER NOT NULL REFERENCES body(id) ON DELETE RESTRICT,
      diary_number TEXT NOT NULL DEFAULT '',
      officer_name TEXT NOT NULL DEFAULT '',
      officer_title TEXT NOT NULL DEFAULT '',
      officer_phone TEXT NOT NULL DEFAULT '',
      summary TEXT NOT NULL DEFAULT '',
      preparation TEXT NOT NULL DEFAULT '',
      stance TEXT NOT NULL DEFAULT '',
      other_recommendations TEXT NOT NULL DEFAULT '',
      decided_on TEXT,
      paragraph TEXT NOT NULL DEFAULT '',
      chair_name TEXT NOT NULL DEFAULT '',
      director_name TEXT NOT NULL DEFAULT '',
      director_title TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      UNIQUE (audit_id, body_id)
    );
    CREATE INDEX audit_response_by_body ON audit_response(body_id);
  `);
}
