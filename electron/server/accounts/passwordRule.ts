import { MIN_PASSWORD_LENGTH } from '@shared/domain/users';
import { loginKey } from './loginKey';

/** A few passwords long enough for the length rule but guessed first by anyone trying. */
const COMMON = new Set(['123456789012', '1234567890123', '12345678901234', 'lösenord1234', 'losenord1234', 'password1234',
  'qwertyuiop12', 'qwertyuiopå', 'qwertyuiopåä', 'abcdefghijkl', 'sommar123456', 'vinter123456', 'välkommen123', 'valkommen123']);

/**
 * Why a new password is refused (the text after "Lösenord: "), or null when it may be used: at least
 * MIN_PASSWORD_LENGTH characters, not the login, not one character repeated, not a well-known one.
 */
export function passwordProblem(password: string, login: string): string | null {
  const characters = [...password.normalize('NFC')];
  if (characters.length < MIN_PASSWORD_LENGTH) return `måste ha minst ${MIN_PASSWORD_LENGTH} tecken.`;
  const key = loginKey(password);
  if (key === loginKey(login)) return 'får inte vara samma som inloggningsnamnet.';
  if (new Set(characters).size === 1) return 'får inte bestå av ett och samma tecken.';
  if (COMMON.has(key)) return 'är ett av de vanligaste lösenorden. Välj ett annat.';
  return null;
}
