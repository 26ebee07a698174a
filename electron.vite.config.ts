import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * @shared/… and @renderer/…: tsconfig.base.json's paths (the one place they are written; tsc and tsx
 * read them there), as Vite aliases for every section and for vitest (vitest.config.ts).
 */
export const PATH_ALIASES = Object.entries(
  (JSON.parse(readFileSync(resolve(__dirname, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths,
).map(([key, [target]]) => ({ find: key.replace(/\/\*$/, ''), replacement: resolve(__dirname, target.replace(/\/\*$/, '')) }));
const RESOLVE = { alias: PATH_ALIASES };

export default defineConfig({
  main: {
    resolve: RESOLVE,
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The service host, forked by the main process (utilityProcess) and by browser mode (child_process).
          host: resolve(__dirname, 'electron/host/index.ts'),
          // Heavy calls (exports, imports) run here, in a worker thread of the host (electron/services/jobs/jobThreadEntry.ts finds it).
          jobThread: resolve(__dirname, 'electron/services/jobs/jobThread.ts'),
        },
      },
    },
  },
  preload: {
    resolve: RESOLVE,
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    resolve: RESOLVE,
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, Chromium parses and compiles the
      // start view's script in well under half the time (Översikt's first render, issue 4).
      // PLANUPPFOLJNING_NO_MINIFY=1 keeps names readable in a CPU profile.
      minify: !process.env.PLANUPPFOLJNING_NO_MINIFY,
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
