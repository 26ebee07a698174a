import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openAccountStore, type AccountStore } from '../../electron/server/accounts/accountStore';
import { defaultAccountsPath } from '../../electron/server/accounts/paths';
import { sha256, tempDir } from '../helpers/planFile';
import { runCli } from '../helpers/runCli';

const PASSWORD = 'blå cykel i regnet';
// One demo plan file made by the CLI for the whole file (tempDir's folders go after each test).
const templateDir = mkdtempSync(join(tmpdir(), 'planuppfoljning-users-'));
const template = join(templateDir, 'demo.planfil');
beforeAll(() => {
  expect(runCli(['demo', '--db', template]).status).toBe(0);
});
afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

/** A fresh copy of the demo plan file (the `user` command never writes it). */
function demoPlan(): string {
  const db = join(tempDir(), 'östra.planfil');
  const source = new Database(template, { readonly: true });
  source.exec(`VACUUM INTO '${db.replace(/'/g, "''")}'`);
  source.close();
  return db;
}

function bodyId(plan: string, name: string): number {
  const db = new Database(plan, { readonly: true });
  try {
    return db.prepare('SELECT id FROM body WHERE name = ?').pluck().get(name) as number;
  } finally {
    db.close();
  }
}

const opened: AccountStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});
function store(path: string): AccountStore {
  const s = openAccountStore(path);
  opened.push(s);
  return s;
}

describe('cli user: the server\'s accounts from the command line', () => {
  it('adds the first administrator with the password on standard in, beside the plan file, which stays as it was', async () => {
    const plan = demoPlan();
    const before = sha256(plan);
    const result = runCli(['user', 'add', '--db', plan, '--name', 'Anna Berg', '--login', 'anna', '--admin', '--password-stdin'], {}, `${PASSWORD}\n`);
    expect(result.status, result.stderr).toBe(0);
    const accounts = defaultAccountsPath(plan);
    expect(accounts).toBe(`${plan}.konton.sqlite`);
    expect(result.stdout).toBe(`Kontot ”anna” (Anna Berg, Administratör) lades till i ${accounts}.\n`);
    expect(sha256(plan)).toBe(before);
    // It holds password hashes: only its owner may read it.
    expect(statSync(accounts).mode & 0o777).toBe(0o600);

    const accountStore = store(accounts);
    expect(accountStore.hasAdmin()).toBe(true);
    // The trailing line break is not part of the password.
    expect(await accountStore.signInWithPassword('anna', PASSWORD, '127.0.0.1')).toMatchObject({ ok: true, caller: { name: 'Anna Berg', role: 'admin' } });
  });

  it('adds a rapportör for nämnder named as in the plan file, and lists the accounts', () => {
    const plan = demoPlan();
    const accounts = join(tempDir(), 'konton.sqlite');
    const add = runCli(['user', 'add', '--db', plan, '--accounts', accounts, '--name', 'Bertil Ek', '--login', 'bertil',
      '--rapportor', '--body', 'socialnämnden', '--body', 'Kommunstyrelsen', '--password-stdin'], {}, PASSWORD);
    expect(add.status, add.stderr).toBe(0);
    expect(add.stdout).toBe(`Kontot ”bertil” (Bertil Ek, Rapportör för Kommunstyrelsen, Socialnämnden) lades till i ${accounts}.\n`
      + 'Det finns ännu ingen administratör: lägg till en med user add --admin.\n');
    expect(store(accounts).list()[0].bodyIds).toEqual([bodyId(plan, 'Socialnämnden'), bodyId(plan, 'Kommunstyrelsen')].sort((a, b) => a - b));
    expect(existsSync(defaultAccountsPath(plan))).toBe(false);

    const list = runCli(['user', 'list', '--db', plan, '--accounts', accounts]);
    expect(list.status).toBe(0);
    expect(list.stdout).toBe(`Konton i ${accounts}:\nbertil  Bertil Ek  Rapportör för Kommunstyrelsen, Socialnämnden  aktivt  aldrig inloggad\n`);
  });

  it('refuses an unknown nämnd, listing the plan file\'s, before asking for a password; no accounts file is made', () => {
    const plan = demoPlan();
    const result = runCli(['user', 'add', '--db', plan, '--name', 'Bertil Ek', '--login', 'bertil', '--rapportor', '--body', 'Socialnamnden'], {}, PASSWORD);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^--body: det finns ingen nämnd som heter ”Socialnamnden”\. Nämnderna i planfilen: Arbetsmarknadsnämnden, .*Socialnämnden, .*\. Inget har ändrats\.\n$/);
    expect(existsSync(defaultAccountsPath(plan))).toBe(false);
  });

  it('refuses a weak password and a taken login, naming the flags, and adds nothing', () => {
    const plan = demoPlan();
    expect(runCli(['user', 'add', '--db', plan, '--name', 'Anna Berg', '--login', 'anna', '--admin', '--password-stdin'], {}, PASSWORD).status).toBe(0);
    const refused = runCli(['user', 'add', '--db', plan, '--name', 'Annika', '--login', 'ANNA', '--lasare', '--password-stdin'], {}, 'kort\n');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('--login: ”ANNA” används redan av ett annat konto. Lösenord: måste ha minst 12 tecken. Inget har sparats.\n');
    const same = runCli(['user', 'add', '--db', plan, '--name', 'Cecilia', '--login', 'cecilia.holm', '--lasare', '--password-stdin'], {}, 'Cecilia.Holm\n');
    expect(same.status).toBe(1);
    expect(same.stderr).toBe('Lösenord: får inte vara samma som inloggningsnamnet. Inget har sparats.\n');
    expect(store(defaultAccountsPath(plan)).list().map((a) => a.login)).toEqual(['anna']);
  });

  it('never takes a password from nowhere: without --password-stdin and without a terminal it is a usage error', () => {
    const plan = demoPlan();
    const result = runCli(['user', 'add', '--db', plan, '--name', 'Anna Berg', '--login', 'anna', '--admin']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Lösenordet läses från standard in med --password-stdin, eller frågas efter när kommandot körs i en terminal\.\n\nAnvändning: planuppfoljning user /);
    const empty = runCli(['user', 'add', '--db', plan, '--name', 'Anna Berg', '--login', 'anna', '--admin', '--password-stdin'], {}, '');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe('Lösenord: standard in var tomt. Inget har ändrats.\n');
    expect(existsSync(defaultAccountsPath(plan))).toBe(false);
  });

  it('list, deactivate and password make no accounts file where there is none', () => {
    const plan = demoPlan();
    const accounts = defaultAccountsPath(plan);
    expect(runCli(['user', 'list', '--db', plan]).stdout).toBe(`Inga konton i ${accounts}. Lägg till det första med user add --admin.\n`);
    const deactivate = runCli(['user', 'deactivate', '--db', plan, '--login', 'anna']);
    expect(deactivate.status).toBe(1);
    expect(deactivate.stderr).toBe(`Det finns ingen kontofil ”${accounts}”. Lägg till det första kontot med user add --admin. Inget har ändrats.\n`);
    expect(existsSync(accounts)).toBe(false);
  });

  it('adds an account that signs in through the kommun\'s identity provider, with no password', () => {
    const plan = demoPlan();
    const result = runCli(['user', 'add', '--db', plan, '--name', 'Cecilia Holm', '--login', 'cecilia.holm@ostra.se', '--lasare', '--oidc']);
    expect(result.status, result.stderr).toBe(0);
    const accountStore = store(defaultAccountsPath(plan));
    expect(accountStore.signInWithIdentity({ subject: 's', email: 'Cecilia.Holm@ostra.se', name: null }, '127.0.0.1').ok).toBe(true);
  });

  it('usage errors: no subcommand, an unknown one, no role, two roles, --body without --rapportor (exit 2)', () => {
    const plan = demoPlan();
    const cases: [string[], RegExp][] = [
      [['user', '--db', plan], /^user: ange ett av add, list, deactivate, activate, password\./],
      [['user', 'remove', '--db', plan], /^user: okänt ”remove”; ange ett av add, list/],
      [['user', 'add', '--db', plan, '--name', 'A', '--login', 'a'], /^Ange en roll: --admin, --rapportor eller --lasare\./],
      [['user', 'add', '--db', plan, '--name', 'A', '--login', 'a', '--admin', '--lasare'], /^Ange en roll/],
      [['user', 'add', '--db', plan, '--name', 'A', '--login', 'a', '--lasare', '--body', 'Socialnämnden'], /^--body gäller bara en rapportör/],
      [['user', 'add', '--db', plan, '--name', 'A', '--login', 'a', '--rapportor'], /^En rapportör behöver minst en nämnd/],
      [['user', 'deactivate', '--db', plan], /^--login NAMN saknas\./],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args, {}, PASSWORD);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
    expect(existsSync(defaultAccountsPath(plan))).toBe(false);
  });

  it('deactivates and activates an account, but never the last administrator, and resets a password', async () => {
    const plan = demoPlan();
    const accounts = defaultAccountsPath(plan);
    runCli(['user', 'add', '--db', plan, '--name', 'Anna Berg', '--login', 'anna', '--admin', '--password-stdin'], {}, PASSWORD);
    runCli(['user', 'add', '--db', plan, '--name', 'David Lund', '--login', 'david', '--lasare', '--password-stdin'], {}, PASSWORD);

    const last = runCli(['user', 'deactivate', '--db', plan, '--login', 'anna']);
    expect(last.status).toBe(1);
    expect(last.stderr).toBe('Det måste finnas minst en aktiv administratör. Lägg till en annan administratör först. Inget har sparats.\n');

    expect(runCli(['user', 'deactivate', '--db', plan, '--login', 'David']).stdout).toBe('Kontot ”david” är inaktiverat: personen kommer inte längre in.\n');
    const david = store(accounts).list().find((a) => a.login === 'david')!;
    expect(store(accounts).callerFor(david.id)).toBeNull();
    expect(runCli(['user', 'activate', '--db', plan, '--login', 'david']).stdout).toBe('Kontot ”david” är aktivt igen.\n');
    expect(store(accounts).callerFor(david.id)).not.toBeNull();

    const reset = runCli(['user', 'password', '--db', plan, '--login', 'david', '--password-stdin'], {}, 'grön båt på sjön\n');
    expect(reset.stdout).toBe('Kontot ”david” har ett nytt lösenord.\n');
    expect((await store(accounts).signInWithPassword('david', 'grön båt på sjön', '127.0.0.1')).ok).toBe(true);
    expect((await store(accounts).signInWithPassword('david', PASSWORD, '127.0.0.2')).ok).toBe(false);

    const unknown = runCli(['user', 'password', '--db', plan, '--login', 'eva', '--password-stdin'], {}, 'grön båt på sjön\n');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('Det finns inget konto med inloggningsnamnet ”eva”. Inget har ändrats.\n');
  });

  it('refuses a plan file as the accounts file, and a --db that is not a plan file, changing neither', () => {
    const plan = demoPlan();
    const before = sha256(plan);
    const asAccounts = runCli(['user', 'list', '--db', plan, '--accounts', plan]);
    expect(asAccounts.status).toBe(1);
    expect(asAccounts.stderr).toBe('Kontofilen ”östra.planfil” kan inte öppnas: det är inte en kontofil för Planuppföljning. Inget har ändrats.\n');
    expect(sha256(plan)).toBe(before);

    const text = join(tempDir(), 'anteckning.txt');
    writeFileSync(text, 'inte en planfil');
    const notPlan = runCli(['user', 'list', '--db', text]);
    expect(notPlan.status).toBe(1);
    expect(notPlan.stderr).toMatch(/^”anteckning.txt” kan inte öppnas: det är inte en planfil/);
    expect(existsSync(defaultAccountsPath(text))).toBe(false);
  });
});
