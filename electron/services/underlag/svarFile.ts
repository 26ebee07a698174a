import type ExcelJS from 'exceljs';
import { AppError } from '@shared/errors';
import { truncateText } from '@shared/textRule';
import { cellText, isBlank, type CellValue } from '../import/cells';
import { tidy } from '../import/text';
import { loadWorkbook, plainValue } from '../import/xlsx';
import {
  DATA_SHEET, MARKER_FORMAT, MARKER_SHEET, MARKER_VERSION, REPORTED_BY_CELL, UNDERLAG_COLUMNS, type UnderlagColumnKey, type UnderlagMarker,
} from './underlagLayout';

/** The marker's mått columns (absent before version 2): a list of { id, header }, or null when it is not one. */
function readMeasureColumns(value: unknown): UnderlagMarker['measures'] | null {
  if (value === undefined || value === null || value === '') return [];
  try {
    const list = JSON.parse(String(value)) as unknown;
    if (Array.isArray(list) && list.every((m) => Number.isInteger(m?.id) && typeof m?.header === 'string')) return list as UnderlagMarker['measures'];
  } catch {
    // Not JSON: not our marker.
  }
  return null;
}

/** A returned underlag as read from its bytes, before it is compared with the plan file. */
export interface SvarFileRow {
  row: number;
  id: number | null;
  check: string;
  number: string;
  title: string;
  status: string;
  comment: string;
  source: string;
  /** The filled-in mått cells of the row, as the cell holds them (a number, or text to be read). */
  measures: { measureId: number; header: string; value: CellValue }[];
}

export interface SvarFile {
  marker: UnderlagMarker;
  reportedBy: string;
  rows: SvarFileRow[];
}

function refuse(message: string): never {
  throw new AppError('refused_file', `${message} Inget har sparats.`);
}

function readMarker(workbook: ExcelJS.Workbook, fileName: string): UnderlagMarker {
  const sheet = workbook.getWorksheet(MARKER_SHEET);
  const notOurs = `”${fileName}” är inte ett underlag från Planuppföljning (filens markering saknas). Läs in den fil som skickades ut till nämnden.`;
  if (!sheet) refuse(notOurs);
  const values = new Map<string, unknown>();
  sheet.eachRow((row) => values.set(cellText(plainValue(row.getCell(1).value)), plainValue(row.getCell(2).value)));
  const marker = {
    format: values.get('format'), version: Number(values.get('version')), fileId: values.get('fileId'),
    planId: Number(values.get('planId')), bodyId: Number(values.get('bodyId')), period: values.get('period'),
    exportedAt: String(values.get('exportedAt') ?? ''), measures: readMeasureColumns(values.get('measures')),
  };
  if (marker.format !== MARKER_FORMAT || typeof marker.fileId !== 'string' || typeof marker.period !== 'string'
    || !Number.isInteger(marker.planId) || !Number.isInteger(marker.bodyId) || marker.measures === null) refuse(notOurs);
  if (marker.version > MARKER_VERSION) refuse(`”${fileName}” är skapad av en nyare version av Planuppföljning. Uppdatera programmet.`);
  return marker as UnderlagMarker;
}

/** Columns found by their headers, so a column the nämnd moved is still read right. */
interface Layout {
  headerRow: number;
  columns: Partial<Record<UnderlagColumnKey, number>>;
  /** Column per mått id, for the mått columns found. */
  measures: Map<number, { column: number; header: string }>;
}

function findColumns(sheet: ExcelJS.Worksheet, measures: UnderlagMarker['measures']): Layout | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, 30); r++) {
    const row = sheet.getRow(r);
    const columns: Partial<Record<UnderlagColumnKey, number>> = {};
    const found = new Map<number, { column: number; header: string }>();
    row.eachCell((cell, col) => {
      const header = tidy(cellText(plainValue(cell.value)));
      const match = UNDERLAG_COLUMNS.find((c) => tidy(c.header) === header);
      if (match && columns[match.key] === undefined) columns[match.key] = col;
      const measure = measures.find((m) => tidy(m.header) === header);
      if (measure && !found.has(measure.id)) found.set(measure.id, { column: col, header: measure.header });
    });
    if (columns.id !== undefined && columns.title !== undefined && columns.status !== undefined) return { headerRow: r, columns, measures: found };
  }
  return null;
}

export async function readSvarFile(bytes: Uint8Array, fileName: string): Promise<SvarFile> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuse(`”${fileName}” är inte en Excel-arbetsbok (.xlsx). Läs in den fil som skickades ut till nämnden, sparad som .xlsx.`);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(bytes, fileName);
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse(`”${fileName}” går inte att läsa som Excel-arbetsbok (.xlsx).`);
  }
  const marker = readMarker(workbook, fileName);
  const sheet = workbook.getWorksheet(DATA_SHEET) ?? workbook.worksheets[0];
  const layout = sheet ? findColumns(sheet, marker.measures) : null;
  if (!sheet || !layout) refuse(`”${fileName}” saknar fliken ${DATA_SHEET} med kolumnerna Id, Åtgärd och Status.`);
  const text = (row: ExcelJS.Row, key: UnderlagColumnKey) => {
    const col = layout.columns[key];
    return col === undefined ? '' : cellText(plainValue(row.getCell(col).value));
  };
  const rows: SvarFileRow[] = [];
  sheet.eachRow((row, number) => {
    if (number <= layout.headerRow) return;
    const idText = text(row, 'id');
    const entry: SvarFileRow = {
      row: number, id: /^\d+$/.test(idText) ? Number(idText) : null, check: text(row, 'check'), number: text(row, 'number'),
      title: text(row, 'title'), status: text(row, 'status'), comment: text(row, 'comment'), source: text(row, 'source'),
      measures: [...layout.measures].flatMap(([measureId, { column, header }]) => {
        const value = plainValue(row.getCell(column).value);
        return isBlank(value) ? [] : [{ measureId, header, value }];
      }),
    };
    if ([idText, entry.number, entry.title, entry.status, entry.comment, entry.source].some((t) => t !== '') || entry.measures.length > 0) rows.push(entry);
  });
  return { marker, reportedBy: truncateText(cellText(plainValue(sheet.getCell(REPORTED_BY_CELL).value)), 300), rows };
}
