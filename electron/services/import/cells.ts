import { normaliseText } from '@shared/textRule';

/**
 * One spreadsheet as plain rows, whatever it was read from (XLSX or CSV): row numbers as the
 * spreadsheet program shows them, cells as text, number, date or empty.
 */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it. */
  number: number;
  /** Index 0 = column A. */
  cells: CellValue[];
}

export interface Sheet {
  /** Worksheet name for XLSX, null for CSV. */
  name: string | null;
  rows: SheetRow[];
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every(isBlank);
}

/**
 * The cell as text, as a person would read it (dates as ISO), under the text rule
 * (shared/textRule.ts): line breaks as "\n", no control characters, NFC. A lone surrogate or
 * noncharacter stays, for the reader to report with its row and column.
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoFromDateCell(value);
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (typeof value === 'number') return String(value);
  return normaliseText(value).trim();
}

/** Spreadsheet date cells carry no time zone: their parts are read as UTC (as exceljs builds them). */
export function isoFromDateCell(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** "A", "B", … "Z", "AA" for a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
