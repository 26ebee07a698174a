import { AppError, type AppErrorKind } from '@shared/errors';

/**
 * SQLite's and Node's errors in Swedish, in one place for the API, the CLI, browser mode and the
 * app's dialogs: "database is locked", "database disk image is malformed", "attempt to write a
 * readonly database" or "ENOSPC: no space left on device" never reach a person. Each sentence says
 * what happened and that the plan file is as it was (every write is one transaction, rolled back
 * on error). Codes: https://sqlite.org/rescode.html and Node's system errors (errno names).
 */
const NOTHING_CHANGED = 'Inget har ändrats.';

interface Known {
  kind: AppErrorKind;
  message: string;
}

const SQLITE: [prefix: string, known: Known][] = [
  ['SQLITE_CONSTRAINT_FOREIGNKEY', { kind: 'conflict', message: `Posten hänger ihop med andra uppgifter och kan inte ändras så. ${NOTHING_CHANGED}` }],
  ['SQLITE_CONSTRAINT', { kind: 'validation', message: `Uppgifterna bryter mot en regel i planfilen. ${NOTHING_CHANGED}` }],
  ['SQLITE_BUSY', { kind: 'conflict', message: `Planfilen används av ett annat program just nu. ${NOTHING_CHANGED} Försök igen om en stund.` }],
  ['SQLITE_LOCKED', { kind: 'conflict', message: `Planfilen används av ett annat program just nu. ${NOTHING_CHANGED} Försök igen om en stund.` }],
  ['SQLITE_READONLY', { kind: 'conflict', message: `Planfilen går inte att skriva till (filen eller mappen är skrivskyddad). ${NOTHING_CHANGED}` }],
  ['SQLITE_CORRUPT', { kind: 'refused_file', message: `Planfilen är skadad och kan inte läsas. ${NOTHING_CHANGED} Återställ den från en säkerhetskopia.` }],
  ['SQLITE_NOTADB', { kind: 'refused_file', message: `Filen är inte en planfil eller är skadad. ${NOTHING_CHANGED}` }],
  ['SQLITE_FULL', { kind: 'conflict', message: `Disken är full, så ändringen kunde inte sparas. ${NOTHING_CHANGED} Frigör utrymme och försök igen.` }],
  ['SQLITE_IOERR', { kind: 'conflict', message: `Planfilen gick inte att läsa eller skriva (disken eller nätverket svarade inte). ${NOTHING_CHANGED} Kontrollera anslutningen och försök igen.` }],
  ['SQLITE_CANTOPEN', { kind: 'conflict', message: `Planfilen gick inte att öppna (den kan ha flyttats, eller nätverket svarar inte). ${NOTHING_CHANGED}` }],
  ['SQLITE_PERM', { kind: 'conflict', message: `Behörighet saknas till planfilen. ${NOTHING_CHANGED}` }],
  ['SQLITE_TOOBIG', { kind: 'validation', message: `Texten eller filen är för stor för planfilen. ${NOTHING_CHANGED}` }],
];

const NODE: Record<string, Known> = {
  ENOSPC: { kind: 'conflict', message: `Disken är full, så det gick inte att spara. ${NOTHING_CHANGED} Frigör utrymme och försök igen.` },
  EDQUOT: { kind: 'conflict', message: `Din lagringskvot är slut, så det gick inte att spara. ${NOTHING_CHANGED} Frigör utrymme och försök igen.` },
  EACCES: { kind: 'conflict', message: `Behörighet saknas till filen eller mappen. ${NOTHING_CHANGED}` },
  EPERM: { kind: 'conflict', message: `Behörighet saknas till filen eller mappen. ${NOTHING_CHANGED}` },
  EROFS: { kind: 'conflict', message: `Disken är skrivskyddad. ${NOTHING_CHANGED}` },
  ENOENT: { kind: 'not_found', message: `Filen eller mappen finns inte. ${NOTHING_CHANGED}` },
  EBUSY: { kind: 'conflict', message: `Filen används av ett annat program. ${NOTHING_CHANGED} Stäng programmet och försök igen.` },
  EIO: { kind: 'conflict', message: `Disken eller nätverket svarade inte. ${NOTHING_CHANGED} Kontrollera anslutningen och försök igen.` },
  EMFILE: { kind: 'conflict', message: `För många filer är öppna just nu. ${NOTHING_CHANGED} Försök igen om en stund.` },
};

const UNEXPECTED = `Ett oväntat fel inträffade. ${NOTHING_CHANGED}`;

function known(error: unknown): Known | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_')) return SQLITE.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1] ?? null;
  return NODE[code] ?? null;
}

/**
 * Any error as an AppError a person may read: our own refusals as they are, known SQLite and
 * system errors in Swedish, anything else as an unexpected error (the caller logs its detail).
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const found = known(error);
  return found ? new AppError(found.kind, found.message) : new AppError('internal', UNEXPECTED);
}

/** True when the error is one we could put in words; the rest deserve a line in the log. */
export function isExplained(error: unknown): boolean {
  return error instanceof AppError || known(error) !== null;
}

/** Node's parseArgs refusals (its messages are English) for the CLI and browser mode's flags. */
export function argumentErrorMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const quoted = /'([^']+)'/.exec((error as Error | null)?.message ?? '')?.[1] ?? '';
  const option = quoted.split(' ')[0];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return `Okänd flagga: ${option}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': return `${option} behöver ett värde.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': return `Oväntat argument: ${quoted}.`;
    default: return 'Flaggorna går inte att läsa.';
  }
}
