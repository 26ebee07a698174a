import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import { sha256 } from '../helpers/planFile';
import { runCli } from '../helpers/runCli';
import { docxText, readZipEntry } from '../helpers/zipEntry';

describe('cli svar: the Svar på revisionsrapport draft for one nämnd', () => {
  let dir: string;
  let db: string;
  // Kept for the whole suite (the helpers' temp folders go after each test); each run starts Node afresh.
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-svar-'));
    db = join(dir, 'demo.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the DOCX with the recommendations to the nämnd (named in any case) and their answers', () => {
    const out = join(dir, 'svar-sn.docx');
    const before = sha256(db);
    const result = runCli(['svar', '--db', db, '--granskning', '1', '--namnd', 'socialnämnden', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Svaret för Socialnämnden skrevs till');
    const text = docxText(readZipEntry(readFileSync(out), 'word/document.xml')).replace(/\s+/g, ' ');
    const toSn = demoPlan.audit.recommendations.filter((r) => r.bodies.some((b) => b.bodyKey === 'sn'));
    for (const rec of toSn) {
      expect(text).toContain(rec.text);
      expect(text).toContain(rec.bodies.find((b) => b.bodyKey === 'sn')!.response!);
    }
    expect(sha256(db)).toBe(before);
  }, 120_000);

  it('refuses an unknown granskning or nämnd with a Swedish message (exit 1) and writes no file', () => {
    const out = join(dir, 'inget.docx');
    const audit = runCli(['svar', '--db', db, '--granskning', '99', '--namnd', 'Socialnämnden', '--out', out]);
    expect(audit.status).toBe(1);
    expect(audit.stderr).toMatch(/^--granskning: det finns ingen granskning med id ”99”\.\nGranskningar i planfilen:\n {2}1 {2}Granskning av kommunens arbete/);
    const body = runCli(['svar', '--db', db, '--granskning', '1', '--namnd', 'Fritidsnämnden', '--out', out]);
    expect(body.status).toBe(1);
    expect(body.stderr).toMatch(/^--namnd: det finns ingen nämnd som heter ”Fritidsnämnden”\.\nNämnder i planfilen: .*Socialnämnden/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('is a usage error (exit 2) without --out or with an --out that is not .docx', () => {
    expect(runCli(['svar', '--db', db, '--granskning', '1', '--namnd', 'Socialnämnden']).stderr).toMatch(/^--out saknas\./);
    const wrong = runCli(['svar', '--db', db, '--granskning', '1', '--namnd', 'Socialnämnden', '--out', join(dir, 'svar.pdf')]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^--out ska vara en fil som slutar på \.docx\./);
    const form = runCli(['svar', '--db', db, '--granskning', '1', '--namnd', 'Socialnämnden', '--form', 'brev', '--out', join(dir, 'brev.docx')]);
    expect(form.status).toBe(2);
    expect(form.stderr).toMatch(/^--form ska vara tjansteutlatande eller yttrande\./);
  }, 120_000);

  it('writes the nämnd’s yttrande to the revisorer with --form yttrande', () => {
    const out = join(dir, 'yttrande.docx');
    const result = runCli(['svar', '--db', db, '--granskning', '1', '--namnd', 'Socialnämnden', '--form', 'yttrande', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = docxText(readZipEntry(readFileSync(out), 'word/document.xml')).replace(/\s+/g, ' ');
    expect(text).toContain('Yttrande över revisionsrapport – Granskning av kommunens arbete mot våld i nära relationer');
    expect(text).toContain('Till Kommunens revisorer');
    expect(text).not.toContain('[');
  }, 120_000);
});
