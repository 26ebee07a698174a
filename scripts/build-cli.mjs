// Builds the command line into out/cli/index.js (package.json `bin`: planuppfoljning), run by `npm run build`.
// Vite's SSR build for Node: packages stay in node_modules (better-sqlite3 is native), our TypeScript is
// bundled, and each command's dynamic import becomes its own chunk, so `summary` never loads exceljs or docx.
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out/cli');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  // @shared/… as tsconfig.base.json's paths say (electron/ is in tsconfig.json, which extends it).
  resolve: { tsconfigPaths: true },
  // date-fns is bundled (only what is used): imported from node_modules, its package index and
  // every locale are hundreds of files, which cost about a third of a second at each start.
  ssr: { noExternal: ['date-fns'] },
  build: {
    ssr: join(root, 'electron/cli/index.ts'),
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: {
        format: 'esm',
        entryFileNames: 'index.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
chmodSync(join(outDir, 'index.js'), 0o755);
