import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../electron/cli/commands';
import { tempDir } from '../helpers/planFile';
import { runCli } from '../helpers/runCli';

describe('cli --help and unknown flags', () => {
  it('planuppfoljning --help lists every command (exit 0); no command at all is a usage error (exit 2)', () => {
    for (const args of [['--help'], ['-h']]) {
      const help = runCli(args);
      expect(help.status).toBe(0);
      expect(help.stderr).toBe('');
      expect(help.stdout).toMatch(/^Användning: planuppfoljning <kommando> \[flaggor\]/);
      for (const command of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${command.name} +\\S`, 'm'));
    }
    const none = runCli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Ange ett kommando\.\n\nAnvändning: planuppfoljning/);
  });

  it('<kommando> --help shows that command in Swedish with every flag it takes, and does nothing else', () => {
    const dir = tempDir();
    for (const command of COMMANDS) {
      const help = runCli([command.name, '--db', join(dir, 'x.planfil'), '--help']);
      expect(help.status, command.name).toBe(0);
      expect(help.stdout, command.name).toMatch(new RegExp(`^Användning: planuppfoljning ${command.name} `));
      for (const flag of Object.keys(command.flags)) expect(help.stdout, `${command.name} --${flag}`).toMatch(new RegExp(`^  --${flag}\\b`, 'm'));
      expect(help.stdout).toContain('--help');
    }
    expect(runCli(['summary', '-h']).stdout).toMatch(/^Användning: planuppfoljning summary --db FIL/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an unknown flag, or another command’s flag, with exit 2 and a Swedish message naming it; nothing is made', () => {
    const dir = tempDir();
    const db = join(dir, 'ny.planfil');
    for (const command of COMMANDS) {
      const input = command.takesInput ? [join(dir, 'in.xlsx')] : [];
      const result = runCli([command.name, ...input, '--db', db, '--okänd-flagga', 'x']);
      expect(result.status, command.name).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')[0], command.name).toBe('Okänd flagga: --okänd-flagga.');
      expect(result.stderr, command.name).toContain(`Användning: planuppfoljning ${command.name} `);
    }
    expect(runCli(['summary', '--db', db, '--out', 'x.pdf']).stderr.split('\n')[0]).toBe('Okänd flagga: --out.');
    expect(runCli(['new', '--db', db, '--as-of', '2026-01-01']).status).toBe(2);
    expect(runCli(['new', '--db', db, '-x']).stderr.split('\n')[0]).toBe('Okänd flagga: -x.');
    expect(existsSync(db)).toBe(false);
  });
});
