import type ExcelJS from 'exceljs';
import { excel } from '../export/workbook';
import type { CellValue, Sheet, SheetRow } from './cells';
import { checkZipSize } from './zipGuard';

/** Cell values as exceljs gives them, flattened to what a person sees (formulas as their result). */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

export function sheetRows(worksheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = plainValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows.push({ number, cells });
  });
  return rows;
}

/** Every XLSX read goes through here, so none reaches exceljs before the zip-bomb check. */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  await checkZipSize(bytes, fileName);
  const workbook = new (await excel()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The visible worksheets, in order, as plain rows. */
export function readXlsxSheets(workbook: ExcelJS.Workbook): Sheet[] {
  return workbook.worksheets
    .filter((ws) => ws.state === undefined || ws.state === 'visible')
    .map((ws) => ({ name: ws.name, rows: sheetRows(ws) }));
}
