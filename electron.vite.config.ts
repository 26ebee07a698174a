import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
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
