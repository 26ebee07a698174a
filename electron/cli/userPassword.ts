import { AppError } from '@shared/errors';
import { UsageError, type CliOptions } from './cliOptions';
import { promptHidden } from './passwordPrompt';

/**
 * A new password for `user add` and `user password`: from standard in with --password-stdin (one
 * trailing line break is not part of it), else asked for twice without echo when standard in is a
 * terminal. Never a flag's value (it would stay in the shell's history and the process list) and never a default.
 */
export async function readNewPassword(options: CliOptions): Promise<string> {
  if (options['password-stdin']) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
    if (password === '') throw new AppError('validation', 'Lösenord: standard in var tomt. Inget har ändrats.');
    return password;
  }
  if (!process.stdin.isTTY) {
    throw new UsageError('Lösenordet läses från standard in med --password-stdin, eller frågas efter när kommandot körs i en terminal.');
  }
  const first = await promptHidden('Nytt lösenord (minst 12 tecken): ', process.stdin, process.stderr);
  const again = await promptHidden('Samma lösenord igen: ', process.stdin, process.stderr);
  if (first !== again) throw new AppError('validation', 'Lösenord: de två lösenorden är inte lika. Inget har ändrats.');
  return first;
}
