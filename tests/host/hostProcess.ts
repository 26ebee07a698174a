import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NO_PLATFORM } from '../../electron/services/platform';
import { ServiceHostClient, type HostClientOptions } from '../../electron/host/hostClient';
import { forkNodeHost, hostEntryIn } from '../../electron/host/nodeHost';

const ROOT = join(import.meta.dirname, '../..');

/** The built host entry, as browser mode and the app start it; the tests need `npx electron-vite build` first. */
export function builtHostEntry(): string {
  const entry = hostEntryIn(ROOT);
  if (!existsSync(entry)) throw new Error('out/main/host.js saknas: kör `npx electron-vite build` först.');
  return entry;
}

/** A real host process behind a client, with restarts reported to the test. */
export function startRealHost(overrides: Partial<HostClientOptions> = {}): { client: ServiceHostClient; restarted: () => Promise<{ path: string | null; problem: string | null }> } {
  const entry = builtHostEntry();
  let onRestart: (value: { path: string | null; problem: string | null }) => void = () => undefined;
  let restart = new Promise<{ path: string | null; problem: string | null }>((resolve) => { onRestart = resolve; });
  const client = new ServiceHostClient({
    spawn: () => forkNodeHost(entry),
    configure: { appVersion: '9.9.9', today: '2026-11-30', backups: null },
    platform: NO_PLATFORM,
    chooseRestoreTarget: async (suggested) => suggested,
    onRestarted: (path, problem) => {
      onRestart({ path, problem });
      restart = new Promise((resolve) => { onRestart = resolve; });
    },
    log: () => undefined,
    ...overrides,
  });
  return { client, restarted: () => restart };
}
