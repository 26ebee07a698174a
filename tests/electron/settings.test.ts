import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import {
  loadSettings, MAX_RECENT_FILES, rememberFile, rememberServer, saveSettings, SETTINGS_FILE_NAME, SettingsFile,
} from '../../electron/main/settings';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();

describe('settings', () => {
  it('round-trips through installningar.json', () => {
    const dir = tempDir();
    const settings = {
      lastFile: '/plan/a.sqlite',
      recentFiles: ['/plan/a.sqlite', '/plan/b.sqlite'],
      windowBounds: { x: 10, y: 20, width: 1300, height: 900 },
    };
    saveSettings(dir, settings);
    expect(existsSync(join(dir, SETTINGS_FILE_NAME))).toBe(true);
    expect(loadSettings(dir)).toEqual(settings);
    // Atomic write: no temporary file is left behind.
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE_NAME]);
  });

  it('gives defaults when the file is missing', () => {
    expect(loadSettings(tempDir())).toEqual({ recentFiles: [] });
  });

  it('gives defaults when the JSON is corrupt', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE_NAME), '{"lastFile": "/plan/a.sq');
    expect(loadSettings(dir)).toEqual({ recentFiles: [] });
  });

  it('drops only the fields that are wrong', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE_NAME), JSON.stringify({
      lastFile: 42, recentFiles: ['/plan/a.sqlite'], windowBounds: { x: 'left' },
    }));
    expect(loadSettings(dir)).toEqual({ recentFiles: ['/plan/a.sqlite'] });
  });

  it('gives defaults when the JSON is not an object', () => {
    const dir = tempDir();
    writeFileSync(join(dir, SETTINGS_FILE_NAME), '[1, 2, 3]');
    expect(loadSettings(dir)).toEqual({ recentFiles: [] });
  });

  it('puts the newest file first without duplicates, at most 8', () => {
    let settings = loadSettings(tempDir());
    for (let i = 1; i <= 10; i += 1) settings = rememberFile(settings, `/plan/${i}.sqlite`);
    settings = rememberFile(settings, '/plan/5.sqlite');
    expect(settings.lastFile).toBe('/plan/5.sqlite');
    expect(settings.recentFiles).toHaveLength(MAX_RECENT_FILES);
    expect(settings.recentFiles).toEqual([
      '/plan/5.sqlite', '/plan/10.sqlite', '/plan/9.sqlite', '/plan/8.sqlite',
      '/plan/7.sqlite', '/plan/6.sqlite', '/plan/4.sqlite', '/plan/3.sqlite',
    ]);
  });

  it('dedupes and caps a hand-edited list on load', () => {
    const dir = tempDir();
    const paths = ['/a', '/b', '/a', '/c', '/d', '/e', '/f', '/g', '/h', '/i', '/j'];
    writeFileSync(join(dir, SETTINGS_FILE_NAME), JSON.stringify({ recentFiles: paths }));
    expect(loadSettings(dir).recentFiles).toEqual(['/a', '/b', '/c', '/d', '/e', '/f', '/g', '/h']);
  });

  it('saves on every change through SettingsFile', () => {
    const dir = tempDir();
    const file = new SettingsFile(dir);
    file.update((s) => rememberFile(s, '/plan/a.sqlite'));
    expect(new SettingsFile(dir).current).toEqual({ lastFile: '/plan/a.sqlite', recentFiles: ['/plan/a.sqlite'] });
  });

  it('remembers servers connected to, newest first, beside the recent files, and keeps them on reload', () => {
    const dir = tempDir();
    const file = new SettingsFile(dir);
    file.update((s) => rememberServer(s, 'https://plan.kommun.se/'));
    file.update((s) => rememberServer(s, 'https://annan.kommun.se/'));
    file.update((s) => rememberServer(s, 'https://plan.kommun.se/'));
    file.update((s) => rememberFile(s, '/plan/a.sqlite'));
    expect(new SettingsFile(dir).current.recentServers).toEqual(['https://plan.kommun.se/', 'https://annan.kommun.se/']);
    expect(new SettingsFile(dir).current.recentFiles).toEqual(['/plan/a.sqlite']);
  });

  it('does not throw when the settings cannot be written', () => {
    const dir = tempDir();
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, '');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => saveSettings(blocker, { recentFiles: [] })).not.toThrow();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
