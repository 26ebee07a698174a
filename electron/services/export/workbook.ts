import type ExcelJS from 'exceljs';
import { cleanText, cleanTextDeep } from '@shared/textRule';
import type { ExportedFile } from '../platform';

/** What every spreadsheet the app writes has in common: Swedish metadata, readable headers. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const STATUS_CHOICES = ['Ej påbörjad', 'Pågående', 'Genomförd', 'Avbruten'];

/**
 * exceljs is loaded on first use: it takes most of a second to load, which the app's start and
 * every CLI command would otherwise pay whether or not they touch a spreadsheet.
 */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Planuppföljning';
  workbook.created = new Date();
  return workbook;
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EEF8' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8A94A3' } } };
  });
}

/** A drop-down with the four statuses; anything else is refused by Excel and LibreOffice alike. */
export function statusValidation(): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${STATUS_CHOICES.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Status',
    error: `Välj en status i listan: ${STATUS_CHOICES.join(', ')}.`,
    showInputMessage: true,
    promptTitle: 'Status',
    prompt: 'Välj i listan.',
  };
}

/** An instruction sheet: one paragraph per row, wrapped in a wide column. */
export function addInstructionSheet(workbook: ExcelJS.Workbook, title: string, paragraphs: string[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Instruktion');
  sheet.getColumn(1).width = 100;
  const head = sheet.addRow([title]);
  head.font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const text of paragraphs) {
    const row = sheet.addRow([text]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return sheet;
}

/** exceljs keeps a sheet's data validations (their prompts and error texts) in a model it does not type. */
type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

/**
 * Text enters the spreadsheet here: every cell of every sheet cleaned (shared/textRule.ts), since
 * exceljs writes a control character into the XML as it is and Excel then refuses the whole file.
 * The texts of data validations (a mått's name in its prompt) sit in the sheet's XML too, also on
 * empty cells, so they are cleaned as well.
 */
function cleanCells(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    const validations = (sheet as unknown as { dataValidations?: { model: ValidationModel } }).dataValidations?.model ?? {};
    for (const [address, validation] of Object.entries(validations)) {
      if (validation) validations[address] = cleanTextDeep(validation);
    }
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === 'string') cell.value = cleanText(value);
        else if (value !== null && typeof value === 'object' && !(value instanceof Date)) cell.value = cleanTextDeep(value);
      });
    });
  });
}

export async function toFile(workbook: ExcelJS.Workbook, fileName: string): Promise<ExportedFile> {
  cleanCells(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName, mimeType: XLSX_MIME, bytes: new Uint8Array(buffer as ArrayBuffer) };
}

/** Safe in file names on Windows, macOS and Linux: "Barn- och utbildningsnämnden" stays readable. */
export function fileNamePart(text: string): string {
  const printable = [...text].filter((ch) => ch >= ' ').join('');
  return printable.replace(/[\\/:*?"<>|]/g, '').replace(/\s+/g, ' ').trim().slice(0, 80) || 'namnlos';
}
