import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the job thread's code is and how to start it. Built (the app, out/main), electron-vite
 * writes it as jobThread.js beside the main bundle (electron.vite.config.ts), which may sit one
 * folder up from the chunk running this code. From source (browser mode and the CLI under tsx, the
 * tests under vitest) it is the TypeScript file, loaded by a two-line bootstrap that first
 * registers tsx's loader in the thread.
 */
export interface JobThreadEntry {
  /** A file to run, or (eval) the bootstrap's source. */
  code: string;
  eval: boolean;
}

export function jobThreadEntry(here: string = fileURLToPath(import.meta.url)): JobThreadEntry {
  if (here.endsWith('.ts')) {
    // require.resolve finds tsx's CommonJS build; the thread imports its ES module build beside it.
    const tsx = createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
    const thread = pathToFileURL(join(dirname(here), 'jobThread.ts')).href;
    return { code: `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(thread)}); });`, eval: true };
  }
  // The built command line (out/cli/chunks, `serve`) uses the app's thread in out/main.
  const built = [join(dirname(here), 'jobThread.js'), join(dirname(here), '..', 'jobThread.js'), join(dirname(here), '..', '..', 'main', 'jobThread.js')]
    .find((file) => existsSync(file));
  if (built === undefined) throw new Error(`jobThread.js saknas bredvid ${here}: kör electron-vite build.`);
  return { code: built, eval: false };
}
