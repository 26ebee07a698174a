import { isIsoDate } from '@shared/dates';
import { AppError } from '@shared/errors';
import { createContext } from '../services/context';
import { openPlanFile } from '../services/db/openPlanFile';
import { getFileSummary } from '../services/plan/statusSummary';
import { userName } from '../services/userName';
import type { CliOptions } from './cliOptions';

/** `summary`: the plan file's counts as JSON. Its own module, so it loads only what it reads with (bench row cliSummary). */
export async function runSummary(_input: string | undefined, options: CliOptions): Promise<string> {
  const asOf = options['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new AppError('validation', `--as-of: ”${asOf}” är inte ett datum (ÅÅÅÅ-MM-DD).`);
  const file = openPlanFile(options.db!, { readOnly: true });
  try {
    return JSON.stringify(getFileSummary(createContext(file.db, userName()), asOf), null, 2);
  } finally {
    file.db.close();
  }
}
