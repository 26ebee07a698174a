import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../../electron/services/db/migrations';

const BEFORE = MIGRATIONS[MIGRATIONS.findIndex((m) => m.version === 110) - 1].version;

function seeded(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE);
  db.exec(`INSERT INTO plan (id, name, created_at, updated_at) VALUES (1, 'Plan', 't', 't');
    INSERT INTO area (id, plan_id, position, name) VALUES (1, 1, 0, 'Samordning'), (2, 1, 1, 'Information');
    INSERT INTO action (id, area_id, position, title, created_at, updated_at) VALUES (1, 1, 0, 'Samordnare', 't', 't');
    INSERT INTO source (id, title) VALUES (1, 'Protokoll');
    INSERT INTO status_report (action_id, reported_on, status, source_id, created_at) VALUES (1, '2025-04-24', 'avbruten', 1, 't');
    INSERT INTO report_text VALUES
      (1, 2025, 'omrade.1.bedomning', 'nej', '2026-01-10T08:00:00Z'),
      (1, 2025, 'omrade.1.motivering', 'Egen motivering.', '2026-01-11T08:00:00Z'),
      (1, 2024, 'omrade.2.motivering', 'Bara motivering.', '2025-01-05T08:00:00Z'),
      (1, 2025, 'sammanfattning', 'Egen sammanfattning.', 't');`);
  return db;
}

describe('migration 110: questions, iakttagelser, revisions, källor and the beslut behind Avbruten', () => {
  it('moves the saved answers to the standard question into report_question and keeps every other text', () => {
    const db = seeded();
    migrate(db, 110);
    expect(schemaVersion(db)).toBe(110);
    expect(db.prepare('SELECT area_id, year, follows_rule, question, assessment, motivation, created_at, updated_at FROM report_question ORDER BY year').all()).toEqual([
      { area_id: 2, year: 2024, follows_rule: 1, question: null, assessment: null, motivation: 'Bara motivering.', created_at: '2025-01-05T08:00:00Z', updated_at: '2025-01-05T08:00:00Z' },
      { area_id: 1, year: 2025, follows_rule: 1, question: null, assessment: 'nej', motivation: 'Egen motivering.', created_at: '2026-01-10T08:00:00Z', updated_at: '2026-01-11T08:00:00Z' },
    ]);
    expect(db.prepare('SELECT key, text FROM report_text').all()).toEqual([{ key: 'sammanfattning', text: 'Egen sammanfattning.' }]);
    db.close();
  });

  it('keeps status reports append-only, the new beslut columns included, and gives old sources the kind dokument', () => {
    const db = seeded();
    migrate(db, 110);
    expect(db.prepare('SELECT status, stop_decision, stop_decided_by, stop_decided_on FROM status_report').all())
      .toEqual([{ status: 'avbruten', stop_decision: '', stop_decided_by: '', stop_decided_on: null }]);
    expect(() => db.prepare("UPDATE status_report SET stop_decision = 'KS § 45'").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE status_report SET comment = 'x'").run()).toThrow(/append-only/);
    expect(db.prepare('SELECT kind FROM source').all()).toEqual([{ kind: 'dokument' }]);
    db.close();
  });

  it('refuses an own question without answer and a second standard question, and cascades from plan, område and källa', () => {
    const db = seeded();
    migrate(db, 110);
    const question = db.prepare(`INSERT INTO report_question (plan_id, area_id, year, position, follows_rule, question, assessment, motivation, created_at, updated_at)
      VALUES (1, ?, 2026, 1, ?, ?, ?, ?, 't', 't')`);
    expect(() => question.run(1, 0, 'Finns kartläggningar?', null, 'x')).toThrow(/CHECK/);
    question.run(1, 0, 'Finns kartläggningar?', 'ja', 'Ja, från 2024.');
    question.run(1, 1, null, null, null);
    expect(() => question.run(1, 1, null, null, null)).toThrow(/UNIQUE/);
    db.exec(`INSERT INTO report_finding (id, plan_id, area_id, year, position, text, created_by, created_at, updated_at)
        VALUES (1, 1, 1, 2026, 0, 'Vi noterar att samordnaren inte har tillsatts.', 'strateg', 't', 't');
      INSERT INTO report_finding_source VALUES (1, 1);
      INSERT INTO report_source VALUES (1, 2026, 1);
      INSERT INTO plan_revision (plan_id, revised_on, decided_by, created_at, updated_at) VALUES (1, '2024-05-20', 'Kommunfullmäktige', 't', 't');`);
    expect(() => db.exec(`INSERT INTO report_finding (plan_id, year, position, dismissed, text, created_by, created_at, updated_at)
      VALUES (1, 2026, 1, 1, '', 'strateg', 't', 't')`)).toThrow(/CHECK/);
    db.exec('DELETE FROM source WHERE id = 1');
    expect(db.prepare('SELECT COUNT(*) AS n FROM report_finding_source').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM report_source').get()).toEqual({ n: 0 });
    db.exec('DELETE FROM area WHERE id = 1');
    expect(db.prepare('SELECT COUNT(*) AS n FROM report_question WHERE area_id = 1').get()).toEqual({ n: 0 });
    db.exec('DELETE FROM plan WHERE id = 1');
    for (const table of ['report_question', 'report_finding', 'plan_revision']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });
});
