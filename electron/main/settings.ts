import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Per-user settings; plain Node so it is tested without Electron. */
export interface Settings {
  lastFile?: string;
  /** Newest first, no duplicates, at most MAX_RECENT_FILES. */
  recentFiles: string[];
  /** Servers connected to (Arkiv → Anslut till server…), newest first, as recentFiles; absent before the first. */
  recentServers?: string[];
  windowBounds?: { x: number; y: number; width: number; height: number };
}

export const SETTINGS_FILE_NAME = 'installningar.json';
export const MAX_RECENT_FILES = 8;

const DEFAULTS: Settings = { recentFiles: [] };

// Each field falls back on its own: one bad value must not cost the user the rest.
const settingsSchema = z.object({
  lastFile: z.string().min(1).optional().catch(undefined),
  recentFiles: z.array(z.string().min(1)).catch([]),
  recentServers: z.array(z.string().min(1)).catch([]),
  windowBounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }).optional().catch(undefined),
});

function tidyRecent(paths: string[]): string[] {
  return [...new Set(paths)].slice(0, MAX_RECENT_FILES);
}

/** Missing, unreadable or corrupt settings give the defaults; starting the app matters more. */
export function loadSettings(userDataDir: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(userDataDir, SETTINGS_FILE_NAME), 'utf8'));
  } catch {
    return { ...DEFAULTS, recentFiles: [] };
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) return { ...DEFAULTS, recentFiles: [] };
  const { lastFile, recentFiles, recentServers, windowBounds } = parsed.data;
  return {
    ...(lastFile !== undefined && { lastFile }),
    recentFiles: tidyRecent(recentFiles),
    ...(recentServers.length > 0 && { recentServers: tidyRecent(recentServers) }),
    ...(windowBounds !== undefined && { windowBounds }),
  };
}

/**
 * Written to a temporary file and renamed over the old one, so a crash mid-write leaves either
 * the old or the new settings, never half a file. A failure is logged, not thrown: losing the
 * window position must not stop the user's work.
 */
export function saveSettings(userDataDir: string, settings: Settings): void {
  const target = join(userDataDir, SETTINGS_FILE_NAME);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(userDataDir, { recursive: true });
    const tidy = { ...settings, recentFiles: tidyRecent(settings.recentFiles), recentServers: tidyRecent(settings.recentServers ?? []) };
    writeFileSync(temp, `${JSON.stringify(tidy, null, 2)}\n`, 'utf8');
    renameSync(temp, target);
  } catch (error) {
    console.error('[settings] could not save', error);
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written there, or the directory itself is unusable: nothing to clean up.
    }
  }
}

/** The file just opened becomes the last file and moves to the top of the recent list. */
export function rememberFile(settings: Settings, path: string): Settings {
  return { ...settings, lastFile: path, recentFiles: tidyRecent([path, ...settings.recentFiles]) };
}

/** The server just connected to moves to the top of the recent servers. */
export function rememberServer(settings: Settings, url: string): Settings {
  return { ...settings, recentServers: tidyRecent([url, ...(settings.recentServers ?? [])]) };
}

/** The settings in memory, saved on every change. */
export class SettingsFile {
  private value: Settings;

  constructor(private readonly userDataDir: string) {
    this.value = loadSettings(userDataDir);
  }

  get current(): Settings {
    return this.value;
  }

  update(change: (settings: Settings) => Settings): void {
    this.value = change(this.value);
    saveSettings(this.userDataDir, this.value);
  }
}
