import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { UsageError, type CliOptions } from './cliOptions';

/** `serve` and `export-server-plan` (server mode, issue 17). Loaded only when one of them runs. */

export async function runServe(_input: string | undefined, options: CliOptions): Promise<string> {
  const { programRoot, serve, ServeRefusal } = await import('../server/serve');
  const root = programRoot(import.meta.dirname);
  const rendererDir = join(root, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new AppError('refused_file', 'Programmet är inte byggt (out/renderer saknas). Kör `npm run build` först.');
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  try {
    return await serve(
      { db: options.db!, port: options.port, config: options.config, host: options.host, behindProxy: options['behind-proxy'] },
      {
        rendererDir,
        appVersion: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
        stopSignal,
        announce: (line) => process.stdout.write(`${line}\n`),
        tell: (line) => process.stderr.write(`${line}\n`),
      },
    );
  } catch (error) {
    // An unsafe or wrong setting is a usage error (exit 2), explained without the flag list.
    if (error instanceof ServeRefusal) throw new UsageError(error.message, { withHelp: false });
    throw error;
  }
}

export async function runExportServerPlan(_input: string | undefined, options: CliOptions): Promise<string> {
  if (!options.to) throw new UsageError('--to KOPIA.sqlite saknas.');
  const { exportServerPlan } = await import('../server/exportServerPlan');
  return exportServerPlan(options.db!, options.to);
}
