import { defineConfig } from 'vitest/config';
import { PATH_ALIASES } from './electron.vite.config';

export default defineConfig({
  // @shared/… and @renderer/…, as the build resolves them.
  resolve: { alias: PATH_ALIASES },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Every file system call our own code makes stays inside the repository (see the file).
    setupFiles: ['tests/setup/fsBoundary.ts'],
    // End-to-end tests drive a real Chromium; on a loaded 2-core machine a step can take tens of seconds.
    testTimeout: 120_000,
    // expect.poll waits for the UI to catch up; its 1 s default is too short on a loaded CI machine.
    expect: { poll: { timeout: 30_000 } },
    hookTimeout: 180_000,
  },
});
