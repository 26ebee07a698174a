import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '@shared/dates';
import { argumentErrorMessage, isExplained, toAppError } from '../services/api/systemErrors';
import { ServiceHostClient } from '../host/hostClient';
import { forkNodeHost, hostEntryIn } from '../host/nodeHost';
import { rendererDirFrom, startWebServer } from './server';
import { browserPlatform } from './browserPlatform';
import { closePdfPrinter } from './chromiumPdf';
import { backupRootIn, userDataDir } from '../services/backup/backupRoot';
import { HOST_RESTARTED_MESSAGE, UNEXPECTED_MESSAGE } from '../services/db/writeAlerts';
import { installLastResort } from '../services/lastResort';

/**
 * `npm run web -- [--db FILE] [--port N] [--backups DIR] [--today YYYY-MM-DD]`: prints the URL to
 * open as its first line, then serves until stopped. Default database: the demo plan file (created
 * on first use). Automatic backups go to DIR, by default the same user-data folder as the desktop
 * app's; a restored backup is written beside the open file. --today fixes the date the app takes as
 * today (statuses, default report year, deadlines), so tests on fixed data pass on any day; the lock,
 * backups and change log keep the real clock. Browser mode is not part of the packaged app.
 */
async function main(): Promise<void> {
  let values: { db?: string; port?: string; backups?: string; today?: string };
  try {
    ({ values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' }, backups: { type: 'string' }, today: { type: 'string' } } }));
  } catch (error) {
    process.stderr.write(`${argumentErrorMessage(error)}\nAnvändning: npm run web -- [--db FIL] [--port N] [--backups MAPP] [--today ÅÅÅÅ-MM-DD]\n`);
    process.exit(2);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port: ”${values.port}” är inte ett portnummer.\n`);
    process.exit(2);
  }
  if (values.today !== undefined && !isIsoDate(values.today)) {
    process.stderr.write(`--today: ”${values.today}” är inte ett datum (skriv ÅÅÅÅ-MM-DD).\n`);
    process.exit(2);
  }
  const root = resolve(import.meta.dirname, '../..');
  const rendererDir = rendererDirFrom(root);
  if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(hostEntryIn(root))) {
    process.stderr.write('Programmet är inte byggt. Kör `npm run build` först.\n');
    process.exit(1);
  }
  const backupRoot = values.backups ? resolve(values.backups) : backupRootIn(userDataDir());
  // The services run in the service host, the same built file the desktop app forks (electron/host/).
  const host = new ServiceHostClient({
    spawn: () => forkNodeHost(hostEntryIn(root)),
    configure: { appVersion: process.env.npm_package_version ?? '0.0.0', today: values.today ?? null, backups: { root: backupRoot, asksForTarget: false } },
    platform: browserPlatform,
    chooseRestoreTarget: async (suggestedPath) => suggestedPath,
    onFileSwitched: (path) => process.stderr.write(`Planfil: ${path}\n`),
    onRestarted: (path, problem) => process.stderr.write(`${HOST_RESTARTED_MESSAGE}\n${problem ?? `Planfil: ${path}`}\n`),
  });
  installLastResort(process, {
    log: (error) => console.error('[webb] oväntat fel', error),
    tell: () => {
      void host.reportUnexpected().catch(() => undefined);
      process.stderr.write(`${UNEXPECTED_MESSAGE}\n`);
    },
  });
  let filePath: string;
  try {
    // Open for editing elsewhere: read-only here, like the app, rather than not at all.
    const readOnlyBecause = values.db ? await host.openOrRead(resolve(values.db)) : null;
    if (readOnlyBecause !== null) process.stderr.write(`${readOnlyBecause}\nPlanfilen öppnades skrivskyddad.\n`);
    if (!values.db) await host.openOrCreateDemo(join(tmpdir(), 'planuppfoljning-demo.sqlite'));
    filePath = (await host.info())?.filePath ?? '';
  } catch (error) {
    process.stderr.write(`${toAppError(error).message}\n`);
    if (!isExplained(error)) console.error(error);
    await host.stop();
    process.exit(1);
  }
  const server = await startWebServer({ call: (name, input) => host.call(name, input), rendererDir, port });
  process.stdout.write(`${server.url}\n`);
  if (values.today !== undefined) process.stderr.write(`Dagens datum i appen: ${values.today} (--today)\n`);
  process.stderr.write(`Planfil: ${filePath}\nSäkerhetskopior: ${backupRoot}\nStoppa med Ctrl+C.\n`);
  const stop = (): void => {
    void server.close().then(async () => {
      await host.stop();
      await closePdfPrinter();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
