import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // End-to-end tests drive a real Chromium; on a loaded 2-core machine a step can take tens of seconds.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
