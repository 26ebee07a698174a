/** What every command shares: its flags after parsing, its runner's shape, and the usage error (exit 2). */

/** Thrown for a usage error (a missing flag or argument): the CLI prints the command's help and exits with 2. */
export class UsageError extends Error {
  /** withHelp false: the message explains itself (an unsafe server setting), the flag list would only bury it. */
  constructor(message: string, readonly options: { withHelp: boolean } = { withHelp: true }) {
    super(message);
  }
}

/** Every flag a command may take, after parseArgs (strict: only the command's own flags get through). */
export interface CliOptions {
  db?: string;
  'as-of'?: string;
  kommun?: string;
  plan?: string;
  'status-date'?: string;
  'dry-run'?: boolean;
  namnd?: string;
  out?: string;
  format?: string;
  period?: string;
  granskning?: string;
  form?: string;
  year?: string;
  kind?: string;
  port?: string;
  config?: string;
  host?: string;
  'behind-proxy'?: string;
  to?: string;
  accounts?: string;
  name?: string;
  login?: string;
  admin?: boolean;
  rapportor?: boolean;
  lasare?: boolean;
  /** Repeated: every --body given. */
  body?: string[];
  'password-stdin'?: boolean;
  oidc?: boolean;
}

/** The runner of one command: its input file (for the commands that read one) and its flags; returns what to print. */
export type CommandRunner = (input: string | undefined, options: CliOptions) => Promise<string | undefined>;
