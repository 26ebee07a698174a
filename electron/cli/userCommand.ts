import { existsSync } from 'node:fs';
import { ROLE_LABELS, type Role, type UserAccount } from '@shared/domain/users';
import { formatDateTime } from '@shared/dates';
import { AppError } from '@shared/errors';
import type { Body } from '@shared/domain/types';
import { openAccountStore, type AccountStore } from '../server/accounts/accountStore';
import { defaultAccountsPath } from '../server/accounts/paths';
import { createContext } from '../services/context';
import { openPlanFile } from '../services/db/openPlanFile';
import { listBodies } from '../services/plan/bodies';
import { userName } from '../services/userName';
import { UsageError, type CliOptions } from './cliOptions';
import { readNewPassword } from './userPassword';

/**
 * `user add|list|deactivate|activate|password`: the server's accounts from the command line, run by
 * whoever runs the server (so the first administrator is made here, never with a default password).
 * The plan file is only read, for its nämnder; the accounts live in their own file beside it.
 */
export async function runUser(subcommand: string | undefined, options: CliOptions): Promise<string> {
  const bodies = planBodies(options.db!);
  const accountsPath = options.accounts ?? defaultAccountsPath(options.db!);
  if (subcommand === 'add') checkAddFlags(options);
  else if (subcommand !== 'list' && !options.login) throw new UsageError('--login NAMN saknas.');
  // Only `add` makes the accounts file; the others do not leave an empty one behind.
  if (subcommand !== 'add' && !existsSync(accountsPath)) {
    if (subcommand === 'list') return noAccounts(accountsPath);
    throw new AppError('not_found', `Det finns ingen kontofil ”${accountsPath}”. Lägg till det första kontot med user add --admin. Inget har ändrats.`);
  }
  const bodyIds = subcommand === 'add' ? bodyIdsOf(options.body ?? [], bodies) : [];
  // Asked for after the flags are checked (nothing typed in vain) and before the store opens: a prompt may wait, and the file stays free meanwhile.
  const password = (subcommand === 'add' && !options.oidc) || subcommand === 'password' ? await readNewPassword(options) : undefined;
  const store = openAccountStore(accountsPath, { knownBodyIds: () => bodies.map((b) => b.id) });
  try {
    switch (subcommand) {
      case 'add': return added(store, withFlagNames(() => store.addUser({
        name: options.name!, login: options.login!, role: roleOf(options), bodyIds, password,
      })), accountsPath, bodies);
      case 'list': return listed(store.list(), accountsPath, bodies);
      case 'deactivate': return `Kontot ”${store.setActive(options.login!, false).login}” är inaktiverat: personen kommer inte längre in.`;
      case 'activate': return `Kontot ”${store.setActive(options.login!, true).login}” är aktivt igen.`;
      default: return `Kontot ”${store.resetPassword(options.login!, password!).login}” har ett nytt lösenord.`;
    }
  } finally {
    store.close();
  }
}

/** The plan file's nämnder; opening it also refuses a file that is not a plan file, before any account is made beside it. */
function planBodies(planPath: string): Body[] {
  const file = openPlanFile(planPath, { readOnly: true, integrity: 'caller' });
  try {
    return listBodies(createContext(file.db, userName()));
  } finally {
    file.db.close();
  }
}

const ROLE_FLAGS: Record<Role, keyof CliOptions> = { admin: 'admin', rapportor: 'rapportor', lasare: 'lasare' };

function roleOf(options: CliOptions): Role {
  return (Object.keys(ROLE_FLAGS) as Role[]).find((role) => options[ROLE_FLAGS[role]] === true)!;
}

function checkAddFlags(options: CliOptions): void {
  if (!options.name) throw new UsageError('--name NAMN saknas.');
  if (!options.login) throw new UsageError('--login NAMN saknas.');
  const roles = Object.values(ROLE_FLAGS).filter((flag) => options[flag] === true);
  if (roles.length !== 1) throw new UsageError('Ange en roll: --admin, --rapportor eller --lasare.');
  if (options.body?.length && !options.rapportor) throw new UsageError('--body gäller bara en rapportör (--rapportor).');
  if (options.rapportor && !options.body?.length) throw new UsageError('En rapportör behöver minst en nämnd: ange --body NÄMND.');
  if (options.oidc && options['password-stdin']) throw new UsageError('--oidc och --password-stdin går inte ihop: ett konto som loggar in med kommunens konto har inget lösenord.');
}

/** Nämnder by name, as the plan file spells them (case aside); an unknown name is refused, listing the known ones. */
function bodyIdsOf(names: string[], bodies: Body[]): number[] {
  return names.map((name) => {
    const found = bodies.find((b) => b.name.toLocaleLowerCase('sv-SE') === name.trim().toLocaleLowerCase('sv-SE'));
    if (found) return found.id;
    const known = bodies.length === 0 ? 'Planfilen har inga nämnder än.' : `Nämnderna i planfilen: ${bodies.map((b) => b.name).join(', ')}.`;
    throw new AppError('validation', `--body: det finns ingen nämnd som heter ”${name}”. ${known} Inget har ändrats.`);
  });
}

const FLAG_OF: Record<string, string> = { name: '--name', login: '--login', bodyIds: '--body' };

/** The store names a field as the user administration does (”Inloggningsnamn: …”); the command line names its flag. */
function withFlagNames<T>(save: () => T): T {
  try {
    return save();
  } catch (error) {
    if (!(error instanceof AppError) || error.problems.length === 0) throw error;
    const problems = error.problems.map((p) => ({ ...p, message: FLAG_OF[p.field] ? p.message.replace(/^[^:]+:/, `${FLAG_OF[p.field]}:`) : p.message }));
    throw new AppError(error.kind, `${problems.map((p) => p.message).join(' ')} Inget har sparats.`, problems);
  }
}

function roleText(account: UserAccount, bodies: Body[]): string {
  const names = account.bodyIds.map((id) => bodies.find((b) => b.id === id)?.name ?? `nämnd ${id} (finns inte längre)`);
  return names.length > 0 ? `${ROLE_LABELS[account.role]} för ${names.join(', ')}` : ROLE_LABELS[account.role];
}

function added(store: AccountStore, account: UserAccount, accountsPath: string, bodies: Body[]): string {
  const note = store.hasAdmin() ? '' : '\nDet finns ännu ingen administratör: lägg till en med user add --admin.';
  return `Kontot ”${account.login}” (${account.name}, ${roleText(account, bodies)}) lades till i ${accountsPath}.${note}`;
}

function noAccounts(accountsPath: string): string {
  return `Inga konton i ${accountsPath}. Lägg till det första med user add --admin.`;
}

function listed(accounts: UserAccount[], accountsPath: string, bodies: Body[]): string {
  if (accounts.length === 0) return noAccounts(accountsPath);
  const rows = accounts.map((a) => [a.login, a.name, roleText(a, bodies), a.active ? 'aktivt' : 'inaktivt',
    a.lastSignIn ? `senast inloggad ${formatDateTime(a.lastSignIn)}` : 'aldrig inloggad']);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return [`Konton i ${accountsPath}:`, ...rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  '))].join('\n');
}
