import type { ParseArgsConfig } from 'node:util';
import type { CommandRunner } from './cliOptions';

/**
 * Every command of the command line, its flags and its Swedish help, in one table. This module
 * loads nothing else: a command's code is imported only when that command runs (`load`), so
 * `summary` starts without exceljs, docx or Chromium.
 */

type Flags = NonNullable<ParseArgsConfig['options']>;

export interface CliCommand {
  name: string;
  /** The command line as the user writes it, after the program's name. */
  synopsis: string;
  /** One line for the list of commands. */
  purpose: string;
  /** More lines for `<kommando> --help`: what each flag means. */
  details: string[];
  /** The command's own flags (--help is added for every command). */
  flags: Flags;
  /** Whether the command reads a file named before the flags (import-plan FIL …). */
  takesInput: boolean;
  /** A command made of several (user add|list|…): one of these words follows the command's name and is its input. */
  subcommands?: readonly string[];
  load: () => Promise<CommandRunner>;
}

export const PROGRAM = 'planuppfoljning';

const string = { type: 'string' } as const;
const boolean = { type: 'boolean' } as const;

export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'new',
    synopsis: 'new --db FIL [--kommun NAMN] [--plan NAMN]',
    purpose: 'skapar en ny, tom planfil',
    details: [
      '--db FIL        planfilen som skapas (en befintlig fil skrivs aldrig över)',
      '--kommun NAMN   kommunens namn, som dokumenten visar (Inställningar)',
      '--plan NAMN     skapar också en tom plan med det namnet',
    ],
    flags: { db: string, kommun: string, plan: string },
    takesInput: false,
    load: async () => (await import('./planFileCommands')).runNew,
  },
  {
    name: 'demo',
    synopsis: 'demo --db FIL',
    purpose: 'skriver demoplanen till en ny planfil',
    details: ['--db FIL        planfilen som skapas (en befintlig fil skrivs aldrig över)'],
    flags: { db: string },
    takesInput: false,
    load: async () => (await import('./planFileCommands')).runDemo,
  },
  {
    name: 'summary',
    synopsis: 'summary --db FIL [--as-of ÅÅÅÅ-MM-DD]',
    purpose: 'skriver en sammanställning som JSON (per datum, standard i dag)',
    details: [
      '--db FIL              planfilen som läses (ändras inte)',
      '--as-of ÅÅÅÅ-MM-DD    datumet som status räknas per (standard: i dag)',
    ],
    flags: { db: string, 'as-of': string },
    takesInput: false,
    load: async () => (await import('./summaryCommand')).runSummary,
  },
  {
    name: 'report',
    synopsis: 'report --db FIL [--plan ID|NAMN] --year ÅÅÅÅ [--namnd NAMN] [--kind arsrapport|namnd|rekommendationer] --format docx|pdf|html --out FIL',
    purpose: 'skriver årets uppföljningsrapport, en nämnds rapport eller rekommendationernas status',
    details: [
      '--db FIL        planfilen som läses (ändras inte)',
      '--plan ID|NAMN  planen (behövs när planfilen har flera planer)',
      '--year ÅÅÅÅ     året som rapporten gäller',
      '--namnd NAMN    nämnden, för en nämndrapport',
      '--kind          arsrapport (standard), namnd eller rekommendationer',
      '--format        docx, pdf eller html',
      '--out FIL       filen som skrivs',
    ],
    flags: { db: string, plan: string, year: string, namnd: string, kind: string, format: string, out: string },
    takesInput: false,
    load: async () => (await import('./reportCommand')).reportRunner,
  },
  {
    name: 'svar',
    synopsis: 'svar --db FIL --granskning ID --namnd NAMN [--form tjansteutlatande|yttrande] --out FIL.docx',
    purpose: 'skriver en nämnds svar på revisionsrapport (DOCX): tjänsteutlåtande eller yttrande',
    details: [
      '--db FIL         planfilen som läses (ändras inte)',
      '--granskning ID  granskningen',
      '--namnd NAMN     nämnden som svarar',
      '--form           tjansteutlatande (standard) eller yttrande',
      '--out FIL.docx   filen som skrivs',
    ],
    flags: { db: string, granskning: string, namnd: string, form: string, out: string },
    takesInput: false,
    load: async () => (await import('./auditCommands')).runSvar,
  },
  {
    name: 'import-plan',
    synopsis: 'import-plan FIL --db FIL [--status-date ÅÅÅÅ-MM-DD] [--dry-run]',
    purpose: 'läser in en plan från XLSX eller CSV (skapar planfilen om den inte finns)',
    details: [
      'FIL                       planen i XLSX eller CSV',
      '--db FIL                  planfilen; finns den inte skapas den, och tas bort igen om inläsningen vägras',
      '--status-date ÅÅÅÅ-MM-DD  datumet för lägesrapporterna i filen (standard: i dag)',
      '--dry-run                 visar bara vad som skulle skapas',
    ],
    flags: { db: string, 'status-date': string, 'dry-run': boolean },
    takesInput: true,
    load: async () => (await import('./importCommands')).importPlan,
  },
  {
    name: 'export-underlag',
    synopsis: 'export-underlag --db FIL --namnd NAMN --out FIL.xlsx [--plan ID] [--period 2026-T3]',
    purpose: 'skriver underlaget som en nämnd ska fylla i',
    details: [
      '--db FIL        planfilen som läses (ändras inte)',
      '--namnd NAMN    nämnden som underlaget gäller',
      '--out FIL.xlsx  filen som skrivs',
      '--plan ID       planen (behövs när planfilen har flera planer)',
      '--period        perioden, t.ex. 2026-T3 (standard: perioden som pågår i dag)',
    ],
    flags: { db: string, namnd: string, out: string, plan: string, period: string },
    takesInput: false,
    load: async () => (await import('./importCommands')).exportUnderlag,
  },
  {
    name: 'import-svar',
    synopsis: 'import-svar FIL --db FIL [--period 2026-T3] [--dry-run]',
    purpose: 'läser in ett ifyllt underlag som lägesrapporter',
    details: [
      'FIL        det ifyllda underlaget (XLSX)',
      '--db FIL   planfilen som lägesrapporterna sparas i',
      '--period   perioden, t.ex. 2026-T3 (standard: underlagets)',
      '--dry-run  visar bara vad som skulle sparas',
    ],
    flags: { db: string, period: string, 'dry-run': boolean },
    takesInput: true,
    load: async () => (await import('./importCommands')).importSvar,
  },
  {
    name: 'export',
    synopsis: 'export --db FIL --format json|xlsx|csv --out FIL [--plan ID] [--as-of ÅÅÅÅ-MM-DD]',
    purpose: 'exporterar en plan (json) eller dess statuslista (xlsx, csv)',
    details: [
      '--db FIL            planfilen som läses (ändras inte)',
      '--format            json (hela planen), xlsx eller csv (statuslistan)',
      '--out FIL           filen som skrivs (en befintlig fil skrivs aldrig över)',
      '--plan ID           planen (behövs när planfilen har flera planer)',
      '--as-of ÅÅÅÅ-MM-DD  datumet som statuslistan gäller (standard: i dag)',
    ],
    flags: { db: string, format: string, out: string, plan: string, 'as-of': string },
    takesInput: false,
    load: async () => (await import('./importCommands')).exportPlan,
  },
  {
    name: 'restore',
    synopsis: 'restore FIL.json --db FIL',
    purpose: 'återställer en plan från JSON (skapar planfilen om den inte finns)',
    details: ['FIL.json  planen som JSON (från export --format json)', '--db FIL  planfilen; finns den inte skapas den'],
    flags: { db: string },
    takesInput: true,
    load: async () => (await import('./importCommands')).restore,
  },
  {
    name: 'user',
    synopsis: 'user add|list|deactivate|activate|password --db FIL [--accounts FIL] [flaggor]',
    purpose: 'lägger till, listar och inaktiverar konton för serverläget',
    details: [
      'add                        lägger till ett konto: --name, --login och en roll (--admin, --rapportor med --body, --lasare);',
      '                           lösenordet frågas efter utan eko, eller läses med --password-stdin (med --oidc: inget)',
      'list                       listar kontona',
      'deactivate --login NAMN    stänger kontot: personen kommer inte längre in (activate öppnar det igen)',
      'password --login NAMN      ger kontot ett nytt lösenord',
      '--db FIL                   planfilen (läses, ändras inte): kontofilen ligger bredvid, nämnderna hämtas härifrån',
      '--accounts FIL             kontofilen (standard: planfilens namn + .konton.sqlite)',
      '--name NAMN                personens namn, som ändringsloggen visar det',
      '--login NAMN               inloggningsnamnet; vid inloggning via kommunens konto: e-postadressen',
      '--admin                    administratör: allt, också användarna',
      '--rapportor                rapportör för nämnderna som --body anger',
      '--lasare                   läsare: läser, skriver inget',
      '--body NÄMND               en nämnd i planfilen, med namn (upprepas för flera)',
      '--password-stdin           läser lösenordet från standard in (minst 12 tecken)',
      '--oidc                     kontot loggar in med kommunens konto (OpenID Connect), utan lösenord',
    ],
    flags: {
      db: string, accounts: string, name: string, login: string, admin: boolean, rapportor: boolean, lasare: boolean,
      body: { type: 'string', multiple: true }, 'password-stdin': boolean, oidc: boolean,
    },
    takesInput: false,
    subcommands: ['add', 'list', 'deactivate', 'activate', 'password'],
    load: async () => (await import('./userCommand')).runUser,
  },
  {
    name: 'serve',
    synopsis: 'serve --db FIL [--port N] [--config serve.json] [--host ADRESS] [--behind-proxy ADRESS]',
    purpose: 'kör planfilen som server för många användare med inloggning (serverläge)',
    details: [
      '--db FIL                planfilen som servern äger medan den kör',
      '--port N                porten (standard 8470)',
      '--config serve.json     inställningsfilen (TLS, inloggning, sökvägar; se README, Serverläge)',
      '--host ADRESS           adressen att lyssna på (standard 127.0.0.1; annan kräver TLS eller --behind-proxy)',
      '--behind-proxy ADRESS   en omvänd proxy med TLS på den adressen står framför servern',
    ],
    flags: { db: string, port: string, config: string, host: string, 'behind-proxy': string },
    takesInput: false,
    load: async () => (await import('./serverCommands')).runServe,
  },
  {
    name: 'export-server-plan',
    synopsis: 'export-server-plan --db FIL --to KOPIA.sqlite',
    purpose: 'skriver en kopia av serverns planfil för skrivbordsappen (går medan servern kör)',
    details: [
      '--db FIL            serverns planfil (ändras inte)',
      '--to KOPIA.sqlite   kopian som skrivs (en befintlig fil skrivs aldrig över)',
    ],
    flags: { db: string, to: string },
    takesInput: false,
    load: async () => (await import('./serverCommands')).runExportServerPlan,
  },
];

export function findCommand(name: string | undefined): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** Every flag of every command, so the command's name can be found wherever it stands among them. */
export const ALL_FLAGS: Flags = Object.assign({}, ...COMMANDS.map((c) => c.flags));

/** The longest command's name and two spaces: the purposes line up. */
const NAME_COLUMN = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;

export const USAGE = `Användning: ${PROGRAM} <kommando> [flaggor]   (i en utcheckning: npm run cli -- <kommando> [flaggor])

Kommandon:
${COMMANDS.map((c) => `  ${c.name.padEnd(NAME_COLUMN)}${c.purpose}`).join('\n')}

Skriv ${PROGRAM} <kommando> --help för kommandots flaggor.
Slutkod: 0 klart, 1 vägrat (meddelandet på stderr), 2 fel i kommandoraden.
`;

export function commandHelp(command: CliCommand): string {
  // --help is lined up with the command's own flags: its text starts where theirs does.
  const column = /^.*?\s{2,}/.exec(command.details[0])?.[0].length ?? 0;
  return `Användning: ${PROGRAM} ${command.synopsis}

${command.purpose[0].toUpperCase()}${command.purpose.slice(1)}.

${[...command.details, `${'--help'.padEnd(column - 1)} visar den här hjälpen`].map((line) => `  ${line}`).join('\n')}
`;
}
