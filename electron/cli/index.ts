import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { backupRootIn, userDataDir } from '../services/backup/backupRoot';
import { RotatingBackups } from '../services/backup/rotatingBackups';
import { DamagedFileError, damagedFileCliMessage } from '../services/db/damagedFile';
import { runCommand, UsageError, USAGE } from './commands';
import { AUDIT_CLI_OPTIONS } from './auditCommands';
import { IMPORT_CLI_OPTIONS } from './importCommands';
import { REPORT_CLI_OPTIONS } from './reportCommand';

/**
 * Headless commands over the same services as the app.
 * Exit codes: 0 success, 1 input refused (Swedish message on stderr), 2 usage error.
 */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' }, 'as-of': { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...AUDIT_CLI_OPTIONS, ...IMPORT_CLI_OPTIONS, ...REPORT_CLI_OPTIONS },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const output = await runCommand(parsed.positionals, parsed.values);
    if (output !== undefined) process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof DamagedFileError) {
      process.stderr.write(`${damagedFileCliMessage(basename(error.path), newestIntactBackup(error.path))}\n`);
      return 1;
    }
    if (error instanceof AppError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    process.stderr.write(`Ett oväntat fel inträffade: ${(error as Error).message}\n`);
    return 1;
  }
}

/** Every command refuses a damaged file (openPlanFile checks it); the app's own backups may hold an intact copy. */
function newestIntactBackup(planPath: string) {
  try {
    return new RotatingBackups(backupRootIn(userDataDir())).newestIntact(resolve(planPath));
  } catch {
    return null;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
