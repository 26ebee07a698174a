/**
 * What an error message a person reads must not contain: a program's identifiers (camelCase,
 * snake_case, SQLite and errno codes), English words, stack traces or paths, or the same sentence
 * twice. Quoted input (”…”) is left out of the word checks. Returns the faults found, so a
 * failing test says which.
 */
const ENGLISH = /\b(the|is|are|not|no|of|to|an|and|or|with|invalid|expected|received|error|failed|failure|database|locked|malformed|readonly|attempt|space|left|device|disk|image|cannot|unknown|undefined|null|NaN|too|big|small|string|number|object|input|option|argument|missing|unexpected|permission|denied|file|directory|such|allowed|method|found|required|must)\b/i;

export function plainSwedishFaults(full: string): string[] {
  const faults: string[] = [];
  // Text in ”…” is what the person gave (a value, a file name, an unknown key), not the program's words.
  const message = full.replace(/”[^”]*”/g, '”…”');
  const camel = /\b[a-z]+[A-Z][A-Za-z]*\b/.exec(message);
  if (camel) faults.push(`camelCase identifier "${camel[0]}"`);
  const snake = /\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b/.exec(message);
  if (snake) faults.push(`snake_case identifier or code "${snake[0]}"`);
  const errno = /\bE[A-Z]{3,}\b/.exec(message);
  if (errno) faults.push(`error code "${errno[0]}"`);
  const english = ENGLISH.exec(message);
  if (english) faults.push(`English word "${english[0]}"`);
  if (/at \w+ \(|\/work\/|node_modules|\bSqliteError\b|\bTypeError\b/.test(message)) faults.push('stack trace or path');
  if (/^[a-z]\w*(\.\w+)*:/.test(message)) faults.push('starts with an internal field name');
  const sentences = full.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
  const repeated = sentences.find((s, i) => sentences.indexOf(s) !== i);
  if (repeated) faults.push(`repeated sentence "${repeated}"`);
  if (!/[åäöÅÄÖ]|\b(och|inte|har|en|ett|kan|att|som|saknas|måste|okänt|fel)\b/.test(message)) faults.push('does not read as Swedish');
  return faults;
}
