import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { tempDir } from '../helpers/planFile';

function demo(): { dir: string; db: string } {
  const dir = tempDir();
  const db = join(dir, 'demo.sqlite');
  expect(runCli(['demo', '--db', db]).status).toBe(0);
  return { dir, db };
}

describe('cli report', () => {
  it('writes the yearly report as HTML and a nämnd’s report as PDF, and exits 0', () => {
    const { dir, db } = demo();
    const html = join(dir, 'rapport.html');
    const result = runCli(['report', '--db', db, '--year', '2025', '--format', 'html', '--out', html]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Rapporten skrevs till ${html}`);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>\n<html lang="sv">[\s\S]*Sammanfattande bedömning och rekommendationer/);

    const pdf = join(dir, 'socialnamnden.pdf');
    const body = runCli(['report', '--db', db, '--plan', '1', '--year', '2025', '--namnd', 'socialnämnden', '--format', 'pdf', '--out', pdf]);
    expect(body.status, body.stderr).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(dir).sort()).toEqual(['demo.sqlite', 'rapport.html', 'socialnamnden.pdf']);
  }, 300_000);

  it('refuses bad input with exit 1 and a Swedish message, and writes nothing', () => {
    const { dir, db } = demo();
    const out = join(dir, 'r.html');
    const cases: [string[], RegExp][] = [
      [['--year', '2019'], /År 2019 ligger utanför planens period \(2022–2027\)/],
      [['--year', '2025', '--plan', 'Okänd plan'], /planen ”Okänd plan” finns inte/],
      [['--year', '2025', '--namnd', 'Fritidsnämnden'], /nämnden ”Fritidsnämnden” finns inte/],
      [['--year', '25'], /inte ett år/],
    ];
    for (const [args, message] of cases) {
      const result = runCli(['report', '--db', db, '--format', 'html', '--out', out, ...args]);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    expect(runCli(['report', '--db', db, '--year', '2025', '--format', 'odt', '--out', out]).stderr).toMatch(/--format: ”odt” finns inte/);
    expect(existsSync(out)).toBe(false);
  }, 300_000);

  it('says clearly when the output cannot be written, and leaves no partial file', () => {
    const { dir, db } = demo();
    const missing = runCli(['report', '--db', db, '--year', '2025', '--format', 'html', '--out', join(dir, 'saknas', 'r.html')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Kunde inte skriva .*r\.html \(mappen finns inte\)\. Ingen fil skrevs\./);
    const locked = join(dir, 'låst');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const denied = runCli(['report', '--db', db, '--year', '2025', '--format', 'html', '--out', join(locked, 'r.html')]);
    chmodSync(locked, 0o700);
    // Root may write anywhere; then the report is simply written.
    if (denied.status !== 0) expect(denied.stderr).toMatch(/Ingen fil skrevs/);
    expect(readdirSync(locked).filter((f) => f.endsWith('.skrivs'))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes('skrivs'))).toEqual([]);
  }, 300_000);
});

describe('report options, checked before the plan file is opened', () => {
  it('refuses a missing nämnd for a nämnd report and an unknown kind', async () => {
    const { runReport } = await import('../../electron/cli/reportCommand');
    const base = { db: '/finns/inte.sqlite', year: '2025', format: 'html', out: '/tmp/x.html' };
    await expect(runReport({ ...base, kind: 'namnd' })).rejects.toThrow('--namnd NAMN saknas: en nämndrapport gäller en nämnd.');
    await expect(runReport({ ...base, kind: 'okänd' })).rejects.toThrow('--kind: ”okänd” finns inte. Välj arsrapport, namnd, rekommendationer.');
    await expect(runReport({ ...base, year: undefined })).rejects.toThrow('--year ÅÅÅÅ saknas.');
  });
});
