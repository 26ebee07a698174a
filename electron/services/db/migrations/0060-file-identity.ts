import type { Database } from 'better-sqlite3';

/**
 * A random identity per plan file, so an underlag sent to a nämnd can be tied to the file it came
 * from: a returned spreadsheet from another plan file is refused rather than matched by åtgärd id.
 * A copy made with Spara kopia som… keeps the identity; it holds the same åtgärder.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE file_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO file_meta (key, value) VALUES ('file_id', lower(hex(randomblob(16))));
  `);
}
