import type { ReportedStatus } from '@shared/domain/status';
import type { ImportColumn, PlanImportField } from '@shared/domain/transfer';
import { AppError } from '@shared/errors';
import { truncateText } from '@shared/textRule';
import { splitBodies, type NamedBody } from './bodyNames';
import { cellText, isBlank, isBlankRow, type CellValue, type Sheet, type SheetRow } from './cells';
import { readDate, type DateReading } from './dateCells';
import { FIELD_HEADERS, findHeader, likelyHeader, type HeaderLayout } from './headers';
import { ImportProblems } from './importProblems';
import { readStatus } from './statusWords';
import { readMeasureRow, type ParsedMeasure } from './measureCells';

/** One åtgärd read from a plan spreadsheet, before anything is matched against the plan file. */
export interface ParsedAction {
  row: number;
  areaName: string;
  number: string;
  title: string;
  description: string;
  proposedMeasures: string;
  indicatorText: string;
  startDate: string | null;
  deadline: string | null;
  responsible: NamedBody[];
  status: ReportedStatus | null;
  comment: string;
  /** The row's mått, when its mått columns hold anything (measureCells.ts). */
  measure: ParsedMeasure | null;
}

export interface ParsedPlan {
  fileName: string;
  sheetName: string | null;
  headerRow: number;
  columns: ImportColumn[];
  /** The first text above the header row (a title), if any. */
  title: string | null;
  actions: ParsedAction[];
  warnings: string[];
}

const SHORT = 300;
const LONG = 20_000;
/** Where a file has no område column and no heading rows. */
export const DEFAULT_AREA = 'Åtgärder';

function layoutOrRefuse(sheets: Sheet[], fileName: string): HeaderLayout {
  const layout = findHeader(sheets);
  if (layout) return layout;
  const likely = likelyHeader(sheets);
  const found = likely ? ` Rubrikraden (rad ${likely.row.number}) har ${likely.row.cells.map(cellText).filter(Boolean).join(', ')}.` : '';
  throw new AppError('validation', `”${fileName}” saknar kolumnen Åtgärd.${found} Ge kolumnen med åtgärderna rubriken `
    + `Åtgärd (eller Aktivitet) och försök igen. Inget har sparats.`);
}

function titleAbove(layout: HeaderLayout): string | null {
  for (const row of layout.sheet.rows) {
    if (row.number >= layout.headerRow.number) break;
    const text = row.cells.map(cellText).find((t) => t !== '');
    if (text) return truncateText(text, SHORT);
  }
  return null;
}

interface RowReader {
  row: SheetRow;
  value: (field: PlanImportField) => CellValue;
  text: (field: PlanImportField) => string;
  header: (field: PlanImportField) => string;
}

function reader(layout: HeaderLayout, row: SheetRow): RowReader {
  const value = (field: PlanImportField): CellValue => {
    const index = layout.index[field];
    return index === undefined ? null : (row.cells[index] ?? null);
  };
  return {
    row,
    value,
    text: (field) => cellText(value(field)),
    header: (field) => layout.headerText[field] ?? FIELD_HEADERS[field][0],
  };
}

/** Start and deadline from their two cells: a period ("2023–2025") in either cell gives both. */
function readDates(r: RowReader, problems: ImportProblems): { startDate: string | null; deadline: string | null } {
  const start = readDate(r.value('startDate'));
  const end = readDate(r.value('deadline'));
  const bad = (field: PlanImportField, reading: DateReading) => {
    if (reading.kind === 'invalid') problems.add(r.row.number, r.header(field), r.text(field), 'är inte ett datum.');
  };
  bad('startDate', start);
  bad('deadline', end);
  let startDate = start.kind === 'date' ? start.iso : start.kind === 'span' ? start.start : null;
  let deadline = end.kind === 'date' ? end.iso : end.kind === 'span' ? end.end : null;
  if (end.kind === 'span' && end.period && start.kind === 'none') startDate = end.start;
  if (start.kind === 'span' && start.period && end.kind === 'none') deadline = start.end;
  if (startDate !== null && deadline !== null && startDate > deadline) {
    problems.add(r.row.number, r.header('deadline'), r.text('deadline'), `ligger före start (${startDate}).`);
  }
  return { startDate, deadline };
}

function checkLength(r: RowReader, field: PlanImportField, max: number, problems: ImportProblems): string {
  const text = r.text(field);
  if (text.length > max) problems.add(r.row.number, r.header(field), null, `är längre än ${max.toLocaleString('sv-SE')} tecken.`);
  return text;
}

/** "3, 4 och 9", or the first ten and how many more. */
export function rowList(rows: number[]): string {
  if (rows.length === 1) return String(rows[0]);
  if (rows.length <= 10) return `${rows.slice(0, -1).join(', ')} och ${rows[rows.length - 1]}`;
  return `${rows.slice(0, 10).join(', ')} och ${rows.length - 10} rader till`;
}

/** A row with one text and no åtgärd is an område heading (plans often group åtgärder that way). */
function headingOf(r: RowReader, layout: HeaderLayout): string | null {
  const filled = r.row.cells.filter((c) => !isBlank(c));
  if (filled.length !== 1) return null;
  const text = cellText(filled[0]);
  const index = r.row.cells.findIndex((c) => !isBlank(c));
  const isOther = Object.entries(layout.index).some(([field, i]) => i === index && field !== 'area' && field !== 'number');
  return !isOther && /\p{L}/u.test(text) ? truncateText(text, SHORT) : null;
}

/**
 * Reads every åtgärd of a plan spreadsheet, or refuses the file with all its problems at once.
 * `knownBodyNames` (tidied) keeps a known "X och Y-nämnden" from being split in two.
 */
export function parsePlanSheets(sheets: Sheet[], fileName: string, knownBodyNames: Set<string>): ParsedPlan {
  const layout = layoutOrRefuse(sheets, fileName);
  const problems = new ImportProblems();
  const warnings: string[] = [];
  if (layout.index.responsible === undefined) {
    problems.addFile(`Kolumnen Ansvarig nämnd saknas: varje åtgärd behöver en ansvarig nämnd. Lägg till en kolumn med rubriken Ansvarig nämnd.`);
  }
  const ignored = layout.columns.filter((c) => c.field === null).map((c) => c.header);
  if (ignored.length > 0) warnings.push(`Kolumnerna ${ignored.map((h) => `”${h}”`).join(', ')} läses inte in.`);

  const actions: ParsedAction[] = [];
  let area: string | null = null;
  let lateStatuses = 0;
  const commentsWithoutStatus: number[] = [];
  for (const row of layout.sheet.rows) {
    if (row.number <= layout.headerRow.number || isBlankRow(row)) continue;
    const r = reader(layout, row);
    for (const field of Object.keys(layout.index) as PlanImportField[]) problems.checkText(row.number, r.header(field), r.text(field));
    const title = r.text('title');
    if (title === '') {
      const heading = headingOf(r, layout);
      if (heading !== null) problems.checkText(row.number, FIELD_HEADERS.area[0], heading);
      if (heading !== null) area = heading;
      else problems.add(row.number, r.header('title'), null, 'är tom. Varje rad med uppgifter behöver en åtgärd.');
      continue;
    }
    const areaText = r.text('area');
    if (areaText !== '') area = truncateText(areaText, SHORT);
    if (area === null && layout.index.area !== undefined) {
      problems.add(row.number, r.header('area'), null, 'är tom, och det finns ingen rad ovanför att ta utvecklingsområdet från.');
    }
    if (title.length > SHORT) problems.add(row.number, r.header('title'), null, `är längre än ${SHORT} tecken.`);
    const responsibleText = r.text('responsible');
    const responsible = splitBodies(responsibleText, knownBodyNames);
    if (layout.index.responsible !== undefined && responsible.length === 0) {
      problems.add(row.number, r.header('responsible'), null, 'är tom. Varje åtgärd behöver en ansvarig nämnd.');
    }
    for (const body of responsible) {
      if (body.name.length > SHORT) problems.add(row.number, r.header('responsible'), null, `har ett namn längre än ${SHORT} tecken.`);
    }
    const dates = readDates(r, problems);
    let status: ReportedStatus | null = null;
    const statusText = r.text('status');
    if (statusText !== '') {
      const reading = readStatus(statusText);
      if (reading === null) problems.add(row.number, r.header('status'), statusText, 'är inte en status (Ej påbörjad, Pågående, Genomförd eller Avbruten).');
      else {
        status = reading.status;
        if (reading.note) lateStatuses++;
      }
    }
    const comment = checkLength(r, 'comment', LONG, problems);
    if (comment !== '' && statusText === '') commentsWithoutStatus.push(row.number);
    actions.push({
      row: row.number,
      areaName: area ?? DEFAULT_AREA,
      number: checkLength(r, 'number', SHORT, problems),
      title,
      description: checkLength(r, 'description', LONG, problems),
      proposedMeasures: checkLength(r, 'proposedMeasures', LONG, problems),
      indicatorText: checkLength(r, 'indicatorText', LONG, problems),
      ...dates,
      responsible,
      status,
      comment,
      measure: readMeasureRow(layout, row, title.slice(0, SHORT)),
    });
  }
  if (actions.length === 0 && problems.count === 0) problems.addFile(`Filen har inga åtgärder under rubrikraden (rad ${layout.headerRow.number}).`);
  problems.throwIfAny(fileName);

  if (layout.duplicates.length > 0) warnings.push(`Kolumnerna ${layout.duplicates.map((h) => `”${h}”`).join(', ')} finns två gånger; den första läses in.`);
  if (actions.some((a) => a.areaName === DEFAULT_AREA) && layout.index.area === undefined) {
    warnings.push(`Filen har ingen kolumn för utvecklingsområde: åtgärderna läggs i området ”${DEFAULT_AREA}”.`);
  }
  if (lateStatuses > 0) warnings.push(`${lateStatuses} rader har status Försenad. Försenad räknas fram av programmet (klart senast har passerats); de läses in som Pågående.`);
  if (commentsWithoutStatus.length > 0) {
    warnings.push(`Kommentaren läses inte in på rad ${rowList(commentsWithoutStatus)}: en kommentar sparas med en lägesrapport, och raden saknar status.`);
  }
  return {
    fileName,
    sheetName: layout.sheet.name,
    headerRow: layout.headerRow.number,
    columns: layout.columns,
    title: titleAbove(layout),
    actions,
    warnings,
  };
}
