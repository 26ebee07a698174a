import { AppError } from '@shared/errors';
import type { Sheet, SheetRow } from './cells';

/**
 * CSV as people actually have it: Swedish Excel writes semicolons in Windows-1252 ("CSV (semikolonavgränsad)"),
 * "CSV UTF-8" adds a byte-order mark, other programs write commas. The encoding is decided by the
 * bytes (BOM, else valid UTF-8, else Windows-1252) and the separator by which one splits the lines
 * most consistently.
 */
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 4096).includes(0)) throw notText(fileName);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where Swedish text has – — ” ’ € and …
 * Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters
 * (https://github.com/nodejs/node/issues/56542), so they are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

function notText(fileName: string): AppError {
  return new AppError('refused_file', `”${fileName}” är inte ett kalkylark som går att läsa (varken XLSX eller CSV). Inget har sparats.`);
}

/** Splits into records (a quoted cell may hold separators, quotes "" and line breaks). */
function parseRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const CANDIDATES = [';', ',', '\t'];

/** The separator whose field count per line is most often the same (and above one). */
export function detectSeparator(text: string): string {
  const sample = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 50).join('\n');
  let best = { separator: ';', lines: 0, fields: 0 };
  for (const separator of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const record of parseRecords(sample, separator)) {
      if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    }
    for (const [fields, lines] of counts) {
      if (lines > best.lines || (lines === best.lines && fields > best.fields)) best = { separator, lines, fields };
    }
  }
  return best.separator;
}

export function readCsv(bytes: Uint8Array, fileName: string): Sheet {
  let text = decodeText(bytes, fileName);
  // Excel understands a first line "sep=;" and so do we.
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  let separator: string;
  let offset = 0;
  if (sepLine) {
    separator = sepLine[1];
    text = text.slice(sepLine[0].length);
    offset = 1;
  } else {
    separator = detectSeparator(text);
  }
  const rows: SheetRow[] = parseRecords(text, separator).map((fields, index) => ({
    number: index + 1 + offset,
    cells: fields.map((f) => (f.trim() === '' ? null : f)),
  }));
  return { name: null, rows };
}
