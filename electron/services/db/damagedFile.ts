import { basename } from 'node:path';
import { formatBackupTime } from '@shared/domain/backupStatus';
import { AppError } from '@shared/errors';

/**
 * A plan file that fails the integrity check. It is never written, never backed up, and opened
 * read-only at best; the message says which backup is the newest intact one.
 */
export class DamagedFileError extends AppError {
  constructor(readonly path: string, readonly findings: string[]) {
    super('refused_file', `${damageSentence(basename(path))} Återställ den senaste hela säkerhetskopian.`);
    this.name = 'DamagedFileError';
  }
}

/** The newest backup that passed the integrity check: when it was taken and where it is. */
export interface IntactBackup {
  at: string;
  path: string;
}

function damageSentence(fileName: string): string {
  return `”${fileName}” är skadad: en del av filen går inte att läsa. Filen har inte ändrats, och ingen säkerhetskopia tas av den.`;
}

function backupSentence(backup: IntactBackup | null): string {
  return backup === null
    ? 'Det finns ingen hel säkerhetskopia av den på den här datorn.'
    : `Den senaste hela säkerhetskopian är från ${formatBackupTime(backup.at)}.`;
}

/** In the app, where the file is open read-only and Återställ från säkerhetskopia… is a click away. */
export function damagedFileMessage(fileName: string, backup: IntactBackup | null): string {
  const restore = backup === null ? '' : ' Välj Återställ från säkerhetskopia… för att återställa den till en ny fil.';
  return `${damageSentence(fileName)} Den är öppnad skrivskyddad. ${backupSentence(backup)}${restore}`;
}

/** On the command line, which refuses the file: where the backup is, and how to use it. */
export function damagedFileCliMessage(fileName: string, backup: IntactBackup | null): string {
  const restore = backup === null
    ? ''
    : ` Den finns här: ${backup.path}\nÅterställ den i programmet (Återställ från säkerhetskopia…), eller kopiera den och använd kopian.`;
  return `${damageSentence(fileName)} ${backupSentence(backup)}${restore}`;
}

/** The check could not run (the file vanished, or stayed busy): read-only, so nothing is written into a file that may be damaged. */
export function uncheckedFileMessage(fileName: string): string {
  return `”${fileName}” kunde inte kontrolleras. Den är öppnad skrivskyddad så att inget skrivs i en fil som kan vara skadad. Öppna den igen för att försöka på nytt.`;
}
