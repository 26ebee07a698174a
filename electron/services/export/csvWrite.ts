import { cleanText } from '@shared/textRule';

/**
 * CSV the way Swedish Excel opens it by double-click: semicolons, CRLF, UTF-8 with a byte-order
 * mark (without it Excel guesses Windows-1252 and å, ä, ö come out wrong).
 */
const NEEDS_QUOTES = /[;"\r\n]/;
// A cell starting like a formula would run as one in Excel (OWASP "CSV injection"): shown as text instead.
const FORMULA_START = /^[=+@\t\r]/;

/** Text enters the CSV here, cleaned (shared/textRule.ts) like every other export. */
function field(value: string | number | null): string {
  let text = value === null ? '' : cleanText(String(value));
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null)[][]): Uint8Array {
  const text = rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
