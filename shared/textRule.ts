/**
 * THE text rule: what text the plan file accepts, and how text is cleaned before it goes into a
 * document. XML 1.0 (https://www.w3.org/TR/xml/#charsets) forbids the C0 controls except tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF; one of them in a DOCX or XLSX
 * makes the whole file unreadable. So at the API boundary (shared/api/schemas.ts) and for imported
 * files:
 * - line breaks become "\n": CR LF and a lone CR (text pasted on Windows or an old Mac), and the
 *   line and page breaks Word and PowerPoint put in copied text (VT, FF, NEL);
 * - the other control characters (C0 except tab, DEL and C1) are removed: they are invisible and
 *   mean nothing in a plan, and a person cannot find them to delete them, so refusing would only
 *   block the paste;
 * - a lone surrogate (half of a character, e.g. a cut emoji) or a noncharacter (U+FFFE, U+FFFF,
 *   U+FDD0–U+FDEF and the last two of every plane) is refused with a message naming the field:
 *   it means the text is broken, SQLite would store a lone surrogate as invalid UTF-8, and
 *   guessing the intended character is not possible;
 * - the text is normalised to NFC, so "å" typed on a Mac (a + ring) equals "å" typed on Windows.
 * Rows written before the rule existed are cleaned by `cleanText` when exported.
 */

const WORK_NEEDED = /[^\t\n\x20-\x7E]/;
const LINE_BREAK = /\r\n?|[\v\f\u0085]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's job
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const REFUSED = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;
const LONE_SURROGATE = /\p{Cs}/gu;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/gu;

function withoutControls(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, '');
}

/** Text as the plan file keeps it: line breaks as "\n", no control characters, NFC. Refused characters stay for `refusedCharacter` to find. */
export function normaliseText(text: string): string {
  return WORK_NEEDED.test(text) ? withoutControls(text).normalize('NFC') : text;
}

/** Text as a document can hold it, whatever is stored: also a lone surrogate becomes U+FFFD and a noncharacter goes. */
export function cleanText(text: string): string {
  if (!WORK_NEEDED.test(text)) return text;
  return withoutControls(text).replace(LONE_SURROGATE, '\uFFFD').replace(NONCHARACTER, '').normalize('NFC');
}

/** Every string inside plain objects and arrays cleaned (a report model, a row of an export); other values as they are. */
export function cleanTextDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item) => cleanTextDeep(item)) as T;
  if (typeof value === 'object' && value !== null && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanTextDeep(item)])) as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

export interface RefusedCharacter {
  /** "U+FFFE" */
  code: string;
  /** The text before it, as a person would look for it. */
  before: string;
}

/** The first lone surrogate or noncharacter in the text, or null when the text passes the rule. */
export function refusedCharacter(text: string): RefusedCharacter | null {
  const match = REFUSED.exec(text);
  if (match === null) return null;
  const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return { code, before: cleanText(text.slice(0, match.index)).replace(/\s+/g, ' ').trimStart() };
}

/** The Swedish sentence for a refused character, after the field's name: "Titel: innehåller …". */
export function refusedCharacterMessage(found: RefusedCharacter): string {
  const before = found.before.length > 20 ? `…${found.before.slice(-20)}` : found.before;
  const where = before.trim() === '' ? 'i början av texten' : `efter ”${before}”`;
  return `innehåller ett tecken som inte går att spara (${found.code}) ${where}. Skriv in texten där på nytt och försök igen.`;
}

/** At most `max` UTF-16 units, never cutting a character in half (half an emoji is a lone surrogate). */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
