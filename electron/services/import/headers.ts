import type { ImportColumn, PlanImportField } from '@shared/domain/transfer';
import { cellText, columnLetter, type Sheet, type SheetRow } from './cells';
import { fold } from './text';

/**
 * Header names a plan spreadsheet may use, compared without case, accents or punctuation. The
 * first name is how the app itself writes the column (the template, messages).
 */
export const FIELD_HEADERS: Record<PlanImportField, string[]> = {
  number: ['Nr', 'Nummer', 'Åtgärd nr', 'Åtgärdsnummer', 'Löpnummer'],
  area: ['Utvecklingsområde', 'Område', 'Fokusområde', 'Utvecklingsområden', 'Insatsområde'],
  title: ['Åtgärd', 'Aktivitet', 'Åtgärder', 'Aktiviteter'],
  description: ['Beskrivning', 'Beskrivning av åtgärden', 'Beskrivning av åtgärd'],
  proposedMeasures: ['Förslag på insatser', 'Insatser'],
  responsible: ['Ansvarig nämnd', 'Ansvarig', 'Ansvar', 'Ansvariga', 'Ansvariga nämnder', 'Huvudansvarig'],
  startDate: ['Start', 'Startdatum', 'Påbörjas'],
  deadline: ['Klart senast', 'Deadline', 'Slutdatum', 'Tidsplan', 'Klar senast', 'Klart'],
  status: ['Status'],
  comment: ['Kommentar', 'Kommentarer'],
  indicatorText: ['Indikator', 'Indikatorer', 'Mål och indikator'],
  measureName: ['Mått', 'Nyckeltal', 'Mätetal', 'Mått och nyckeltal'],
  measureBaseline: ['Utgångsvärde', 'Nuläge', 'Basvärde', 'Baslinje', 'Utgångsläge'],
  measureTarget: ['Målvärde', 'Mål'],
  measureValue: ['Utfall', 'Resultat', 'Värde'],
};

/** Mått columns: several of a kind may stand side by side, one per year ("Utfall 2023", "Utfall 2024"). */
export const MEASURE_FIELDS: readonly PlanImportField[] = ['measureName', 'measureBaseline', 'measureTarget', 'measureValue'];

export interface MeasureColumn {
  index: number;
  field: PlanImportField;
  header: string;
  /** The year in the header ("Nuläge 2022" → 2022), if any. */
  year: number | null;
}

const BY_FOLDED = new Map<string, PlanImportField>(
  (Object.entries(FIELD_HEADERS) as [PlanImportField, string[]][]).flatMap(([field, names]) => names.map((n) => [fold(n), field] as const)),
);

/** "Klart senast (år)", "Status 2025" and "Ansvarig nämnd/förvaltning" are read as their first part too. */
export function fieldOfHeader(header: string): PlanImportField | null {
  const withoutNote = header.replace(/\(.*?\)/g, ' ');
  const withoutYear = withoutNote.replace(/\b(19|20)\d{2}\b.*$/, ' ');
  for (const candidate of [header, withoutNote, withoutNote.split('/')[0], withoutYear]) {
    const field = BY_FOLDED.get(fold(candidate));
    if (field) return field;
  }
  return null;
}

export interface HeaderLayout {
  sheet: Sheet;
  headerRow: SheetRow;
  columns: ImportColumn[];
  /** Column index per field (the first column when a field appears twice). */
  index: Partial<Record<PlanImportField, number>>;
  /** The header text per field, as the spreadsheet shows it (for messages). */
  headerText: Partial<Record<PlanImportField, string>>;
  duplicates: string[];
  /** Every mått column, in the sheet's order. */
  measureColumns: MeasureColumn[];
}

/** How far down a header row may be: title and blank rows above it are common, pages of them are not. */
const HEADER_SEARCH_ROWS = 30;

export function layoutOf(sheet: Sheet, headerRow: SheetRow): HeaderLayout {
  const columns: ImportColumn[] = [];
  const index: HeaderLayout['index'] = {};
  const headerText: HeaderLayout['headerText'] = {};
  const duplicates: string[] = [];
  const measureColumns: MeasureColumn[] = [];
  headerRow.cells.forEach((value, i) => {
    const header = cellText(value);
    if (header === '') return;
    let field = fieldOfHeader(header);
    if (field !== null && MEASURE_FIELDS.includes(field)) {
      const year = /\b((?:19|20)\d{2})\b/.exec(header);
      const name = header.replace(/\s+/g, ' ');
      if (field !== 'measureValue' && index[field] !== undefined) duplicates.push(header);
      else measureColumns.push({ index: i, field, header: name, year: year ? Number(year[1]) : null });
      index[field] ??= i;
      headerText[field] ??= name;
      columns.push({ header, column: columnLetter(i), field });
      return;
    }
    if (field !== null && index[field] !== undefined) {
      duplicates.push(header);
      field = null;
    }
    if (field !== null) {
      index[field] = i;
      headerText[field] = header.replace(/\s+/g, ' ');
    }
    columns.push({ header, column: columnLetter(i), field });
  });
  return { sheet, headerRow, columns, index, headerText, duplicates, measureColumns };
}

/** The first row (of the first sheet that has one) with a column the åtgärder can be read from. */
export function findHeader(sheets: Sheet[]): HeaderLayout | null {
  for (const sheet of sheets) {
    for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
      if (row.cells.some((c) => fieldOfHeader(cellText(c)) === 'title')) return layoutOf(sheet, row);
    }
  }
  return null;
}

/** The row that looks most like a header, to say what was found when Åtgärd is missing. */
export function likelyHeader(sheets: Sheet[]): { sheet: Sheet; row: SheetRow } | null {
  let best: { sheet: Sheet; row: SheetRow; known: number } | null = null;
  for (const sheet of sheets) {
    for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
      const known = row.cells.filter((c) => fieldOfHeader(cellText(c)) !== null).length;
      if (known >= 2 && (best === null || known > best.known)) best = { sheet, row, known };
    }
  }
  return best;
}
