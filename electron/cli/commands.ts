import { isIsoDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { createContext } from '../services/context';
import { openPlanFile } from '../services/db/openPlanFile';
import { createDemoFile } from '../services/demo/createDemoFile';
import { getFileSummary } from '../services/plan/statusSummary';
import { userName } from '../services/userName';
import { AUDIT_USAGE, runSvar, type AuditCliOptions } from './auditCommands';
import { IMPORT_USAGE, isImportCommand, runImportCommand, type ImportCliOptions } from './importCommands';
import { REPORT_USAGE, runReport, type ReportOptions } from './reportCommand';
import { withWriteLock } from './writeLock';

export class UsageError extends Error {}

export const USAGE = `Användning: npm run cli -- <kommando> [flaggor]

Kommandon:
  demo --db FIL                       skriver demoplanen till en ny planfil
  summary --db FIL [--as-of ÅÅÅÅ-MM-DD]  skriver en sammanställning som JSON (per datum, standard i dag)
${AUDIT_USAGE}${IMPORT_USAGE}${REPORT_USAGE}`;

export interface CliOptions extends AuditCliOptions, ImportCliOptions, Partial<ReportOptions> {
  db?: string;
  'as-of'?: string;
}

function requireDb(options: CliOptions): string {
  if (!options.db) throw new UsageError('--db FIL saknas.');
  return options.db;
}

export async function runCommand(positionals: string[], options: CliOptions): Promise<string | undefined> {
  const [command, ...rest] = positionals;
  if (isImportCommand(command)) return runImportCommand(command, rest, options, UsageError);
  if (rest.length > 0) throw new UsageError(`Oväntat argument: ${rest.join(' ')}`);
  switch (command) {
    case 'demo': {
      const path = requireDb(options);
      const written = withWriteLock(path, () => {
        const file = createDemoFile(path, userName());
        file.db.close();
        return file.path;
      });
      return `Demoplanen skrevs till ${written}`;
    }
    case 'summary': {
      const asOf = options['as-of'];
      if (asOf !== undefined && !isIsoDate(asOf)) throw new AppError('validation', `--as-of: ”${asOf}” är inte ett datum (ÅÅÅÅ-MM-DD).`);
      const file = openPlanFile(requireDb(options), { readOnly: true });
      try {
        return JSON.stringify(getFileSummary(createContext(file.db, userName()), asOf), null, 2);
      } finally {
        file.db.close();
      }
    }
    case 'svar':
      return runSvar(options, UsageError);
    case 'report':
      return runReport({ ...options, db: requireDb(options) });
    case undefined:
      throw new UsageError('Ange ett kommando.');
    default:
      throw new UsageError(`Okänt kommando: ${command}`);
  }
}
