import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { argumentErrorMessage, isExplained, toAppError } from '../services/api/systemErrors';
import { backupRootIn, userDataDir } from '../services/backup/backupRoot';
import { RotatingBackups } from '../services/backup/rotatingBackups';
import { DamagedFileError, damagedFileCliMessage } from '../services/db/damagedFile';
import { COMMAND_UNEXPECTED_MESSAGE } from '../services/db/writeAlerts';
import { installLastResort } from '../services/lastResort';
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
    process.stderr.write(`${argumentErrorMessage(error)}\n\n${USAGE}`);
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
    // Refusals and known SQLite and system errors in Swedish; an unexplained one also gives its detail, to report.
    process.stderr.write(`${toAppError(error).message}\n`);
    if (!isExplained(error)) process.stderr.write(`Teknisk detalj (för felanmälan): ${String((error as Error | null)?.message ?? error)}\n`);
    return 1;
  }
}

// An error in a callback nobody awaits: a Swedish message and exit 1; an unfinished transaction is rolled back.
installLastResort(process, {
  log: () => undefined,
  tell: () => {
    process.stderr.write(`${COMMAND_UNEXPECTED_MESSAGE}\n`);
    process.exit(1);
  },
});

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
