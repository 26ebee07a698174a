/**
 * How a login is compared: trimmed, NFC, lower case, so "Anna.Berg@kommun.se" and the identity
 * provider's "anna.berg@kommun.se" are one account (SQLite's NOCASE folds only ASCII, not Å, Ä, Ö).
 */
export function loginKey(login: string): string {
  return login.trim().normalize('NFC').toLowerCase();
}
