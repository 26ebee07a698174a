import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/db/migrations';

describe('migration 90: document settings and the nämnders’ svar texts', () => {
  it('keeps the data written at 60, takes the kommun’s name from the first plan that has one, and starts the svar texts empty', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 60);
    db.exec(`INSERT INTO plan (id, name, municipality, created_at, updated_at) VALUES (1, 'Utan kommun', '  ', 't', 't'), (2, 'Plan', 'Åsbacka kommun', 't', 't');
      INSERT INTO body (id, name, kind) VALUES (1, 'Socialnämnden', 'namnd');
      INSERT INTO audit (id, title, created_at, updated_at) VALUES (1, 'Granskning', 't', 't');`);
    migrate(db, 90);
    expect(db.prepare('SELECT name FROM plan ORDER BY id').all()).toEqual([{ name: 'Utan kommun' }, { name: 'Plan' }]);
    expect(db.prepare('SELECT * FROM document_settings').all()).toEqual([{
      id: 1, author_name: '', author_title: '', administration: '', municipality: 'Åsbacka kommun', logo_name: '', logo_type: null, logo_base64: null,
    }]);
    expect(() => db.exec("INSERT INTO document_settings (id) VALUES (2)")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE document_settings SET logo_type = 'image/gif', logo_base64 = 'x'")).toThrow(/CHECK/);
    db.exec("INSERT INTO audit_response (audit_id, body_id, summary, updated_at) VALUES (1, 1, 'Sammanfattning', 't')");
    expect(() => db.exec("INSERT INTO audit_response (audit_id, body_id, updated_at) VALUES (1, 1, 't')")).toThrow(/UNIQUE/);
    expect(() => db.exec('DELETE FROM body WHERE id = 1')).toThrow(/FOREIGN KEY/);
    db.exec('DELETE FROM audit WHERE id = 1');
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_response').get()).toEqual({ n: 0 });
    db.close();
  });
});
