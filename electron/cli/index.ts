import { parseArgs } from 'node:util';
import { installLastResort } from '../services/lastResort';
import { UsageError, type CliOptions } from './cliOptions';
import { ALL_FLAGS, commandHelp, findCommand, USAGE, type CliCommand } from './commands';
import { refusal } from './refusal';

/**
 * `planuppfoljning <kommando> [flaggor]`: headless commands over the same services as the app.
 * Exit codes: 0 success, 1 input refused (Swedish message on stderr), 2 usage error.
 * A command's code is loaded only when it runs (commands.ts), and so are the error helpers (refusal.ts),
 * so the program starts in a fraction of a second.
 */
async function main(argv: string[]): Promise<number> {
  // The command's name is the first word that is not a flag or a flag's value, wherever it stands.
  const loose = parseArgs({ args: argv, allowPositionals: true, strict: false, options: { ...ALL_FLAGS, help: { type: 'boolean', short: 'h' } } });
  const name = loose.positionals[0];
  if (name === undefined) {
    if (loose.values.help === true) return said(process.stdout, USAGE, 0);
    return said(process.stderr, `Ange ett kommando.\n\n${USAGE}`, 2);
  }
  const command = findCommand(name);
  if (!command) return said(process.stderr, `Okänt kommando: ${name}\n\n${USAGE}`, 2);

  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...command.flags, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    const { argumentErrorMessage } = await import('../services/api/systemErrors');
    return said(process.stderr, `${argumentErrorMessage(error)}\n\n${commandHelp(command)}`, 2);
  }
  const { help, ...options } = parsed.values;
  if (help === true) return said(process.stdout, commandHelp(command), 0);
  try {
    const input = inputOf(command, parsed.positionals.slice(1), options as CliOptions);
    const run = await command.load();
    const output = await run(input, options as CliOptions);
    if (output !== undefined) process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return said(process.stderr, error.options.withHelp ? `${error.message}\n\n${commandHelp(command)}` : `${error.message}\n`, 2);
    return said(process.stderr, await refusal(error), 1);
  }
}

/** The input file of the commands that read one, or the subcommand (user add …); every command needs --db. */
function inputOf(command: CliCommand, rest: string[], options: CliOptions): string | undefined {
  if (command.subcommands) {
    const choices = command.subcommands.join(', ');
    if (rest.length === 0) throw new UsageError(`${command.name}: ange ett av ${choices}.`);
    if (rest.length > 1 || !command.subcommands.includes(rest[0])) throw new UsageError(`${command.name}: okänt ”${rest.join(' ')}”; ange ett av ${choices}.`);
  }
  if (command.takesInput && rest.length !== 1) throw new UsageError(`${command.name}: ange en fil att läsa in.`);
  if (!command.takesInput && !command.subcommands && rest.length > 0) throw new UsageError(`Oväntat argument: ${rest.join(' ')}`);
  if (!options.db) throw new UsageError('--db FIL saknas.');
  return command.takesInput || command.subcommands ? rest[0] : undefined;
}

function said(stream: NodeJS.WriteStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

// An error in a callback nobody awaits: a Swedish message and exit 1; an unfinished transaction is rolled back.
installLastResort(process, {
  log: () => undefined,
  tell: () => {
    void import('../services/db/writeAlerts').then(({ COMMAND_UNEXPECTED_MESSAGE }) => {
      process.stderr.write(`${COMMAND_UNEXPECTED_MESSAGE}\n`);
    }).finally(() => process.exit(1));
  },
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
