import { z } from 'zod';
import { BACKUP_ID_PATTERN } from '../domain/backup';
import { text } from './schemas';

/**
 * Input of the backup calls (kept apart from schemas.ts so parallel work does not collide).
 * A backup is named only by the file name the listing gave: no folders, no "..".
 */
export const restoreBackupInput = z.strictObject({
  id: text().max(64).refine((id) => BACKUP_ID_PATTERN.test(id), { message: 'Okänd säkerhetskopia. Välj en i listan.' }),
});
