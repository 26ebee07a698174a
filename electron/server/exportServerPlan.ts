import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '@shared/errors';
import { checkIntegrity } from '../services/db/integrityCheck';
import { openPlanFile, saveCopy } from '../services/db/openPlanFile';

/**
 * `planuppfoljning export-server-plan --db FIL --to KOPIA.sqlite`: the server's plan file, for the
 * desktop app. SQLite's online backup makes a consistent copy even while the server writes (a
 * change during the copy makes it start over), through a read-only connection that takes no lock.
 * The copy is checked before it is handed over; a copy that fails the check is removed.
 */
export async function exportServerPlan(source: string, target: string): Promise<string> {
  const file = openPlanFile(source, { readOnly: true });
  try {
    await saveCopy(file.db, target);
  } finally {
    file.db.close();
  }
  const verdict = checkIntegrity(target);
  if (!verdict.ok) {
    rmSync(target, { force: true });
    throw new AppError('refused_file', `Kopian av ”${basename(source)}” blev inte hel och har tagits bort. Försök igen.`);
  }
  return `Planfilen kopierades till ${target}. Den kan öppnas i skrivbordsappen.`;
}
