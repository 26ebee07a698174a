import type ExcelJS from 'exceljs';
import { formatDateLong } from '@shared/dates';
import { STATUS_LABEL } from '@shared/labels';
import type { ExportedFile } from '../platform';
import { addInstructionSheet, fileNamePart, newWorkbook, statusValidation, styleHeader, toFile } from '../export/workbook';
import type { UnderlagAction, UnderlagData } from './underlagData';
import { measureValidation } from './underlagMeasures';
import {
  DATA_SHEET, HEADER_ROW, MARKER_FORMAT, MARKER_SHEET, MARKER_VERSION, REPORTED_BY_CELL, UNDERLAG_COLUMNS, rowCheck,
  type UnderlagColumnKey, type UnderlagMarker,
} from './underlagLayout';

/**
 * One nämnd's underlag: its åtgärder with their latest status, and Status (a drop-down), Kommentar
 * and Källa to fill in. Everything else is locked; the id columns are hidden; a hidden sheet says
 * which plan file, plan, nämnd and period the file is for.
 */
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
/** A mått column's cell on a row whose åtgärd does not have that mått: nothing to write there. */
const NOT_APPLICABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F3' } };

function cellValues(data: UnderlagData, a: UnderlagAction): Record<UnderlagColumnKey, string | number> {
  const latest = a.latestStatus === null ? 'Ingen uppföljning' : `${STATUS_LABEL[a.latestStatus]} (${a.latestReportedOn})`;
  return {
    id: a.id, check: rowCheck(data.fileId, a.id, a.number, a.title), number: a.number, area: a.areaName, title: a.title,
    role: a.role, deadline: a.deadline ?? 'Löpande', latestStatus: latest, latestComment: a.latestComment,
    status: '', comment: '', source: '',
  };
}

function instructions(data: UnderlagData): string[] {
  const reply = data.replyBy ? ` senast ${formatDateLong(data.replyBy)}` : '';
  return [
    `Underlaget gäller ${data.body.name} i uppföljningen av ”${data.plan.name}”${data.plan.municipality ? ` (${data.plan.municipality})` : ''}, period ${data.period.label}.`,
    `Fyll i Status, Kommentar och Källa för varje åtgärd på fliken ${DATA_SHEET}. De gula cellerna är de enda som går att ändra.`,
    'Status väljs i listan: Ej påbörjad, Pågående, Genomförd eller Avbruten. Lämna Status tom om ni inte har något att rapportera för åtgärden.',
    'Kommentar: vad har gjorts och vad återstår? Källa: dokumentet som statusen bygger på, t.ex. ett protokoll (med paragraf) eller en verksamhetsberättelse.',
    ...(data.measures.length > 0 ? [
      `Kolumnerna som börjar med Utfall är åtgärdernas mått. Skriv periodens utfall som ett tal, utan enhet (t.ex. 64 för 64 procent), på raden för den åtgärd måttet hör till. Grå celler hör inte till åtgärden. Ett utfall kräver en status på samma rad.`,
    ] : []),
    'Skriv ditt namn vid Ifyllt av överst på fliken.',
    'Ändra inte de andra kolumnerna och lägg inte till eller flytta rader: filen läses in automatiskt, och rader som har ändrats läses inte in.',
    `Spara som Excel-arbetsbok (.xlsx) och skicka tillbaka filen${reply}.`,
  ];
}

function addMarker(workbook: ExcelJS.Workbook, data: UnderlagData, exportedAt: string): void {
  const marker: UnderlagMarker = {
    format: MARKER_FORMAT, version: MARKER_VERSION, fileId: data.fileId, planId: data.plan.id, bodyId: data.body.id,
    period: data.period.key, exportedAt, measures: data.measures.map((m) => ({ id: m.id, header: m.header })),
  };
  const sheet = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  for (const [key, value] of Object.entries(marker)) sheet.addRow([key, typeof value === 'object' ? JSON.stringify(value) : value]);
}

function addDataSheet(workbook: ExcelJS.Workbook, data: UnderlagData): void {
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }] });
  UNDERLAG_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    column.hidden = c.hidden === true;
  });
  data.measures.forEach((_, i) => { sheet.getColumn(UNDERLAG_COLUMNS.length + i + 1).width = 22; });
  sheet.getCell('C1').value = `Underlag för uppföljning: ${data.plan.name}`;
  sheet.getCell('C1').font = { bold: true, size: 14 };
  sheet.getCell('C2').value = `Nämnd: ${data.body.name}`;
  sheet.getCell('C2').font = { bold: true };
  sheet.getCell('C3').value = `Period: ${data.period.label}${data.replyBy ? ` · Svara senast ${data.replyBy}` : ''} · Läs fliken Instruktion.`;
  sheet.getCell('C4').value = 'Ifyllt av:';
  sheet.getCell('C4').font = { bold: true };
  const reportedBy = sheet.getCell(REPORTED_BY_CELL);
  reportedBy.protection = { locked: false };
  reportedBy.fill = INPUT_FILL;

  const header = sheet.getRow(HEADER_ROW);
  header.values = [...UNDERLAG_COLUMNS.map((c) => c.header), ...data.measures.map((m) => m.header)];
  styleHeader(header);
  const validation = statusValidation();
  data.actions.forEach((action, index) => {
    const values = cellValues(data, action);
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.values = UNDERLAG_COLUMNS.map((c) => values[c.key]);
    row.alignment = { wrapText: true, vertical: 'top' };
    UNDERLAG_COLUMNS.forEach((c, i) => {
      if (!c.input) return;
      const cell = row.getCell(i + 1);
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      if (c.key === 'status') cell.dataValidation = validation;
    });
    data.measures.forEach((m, i) => {
      const cell = row.getCell(UNDERLAG_COLUMNS.length + i + 1);
      if (m.actionId !== action.id) {
        cell.fill = NOT_APPLICABLE_FILL;
        return;
      }
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      cell.dataValidation = measureValidation(m);
    });
  });
}

export async function buildUnderlag(data: UnderlagData, exportedAt: string): Promise<ExportedFile> {
  const workbook = await newWorkbook();
  addDataSheet(workbook, data);
  addInstructionSheet(workbook, `Så fyller du i underlaget – ${data.body.name}`, instructions(data));
  addMarker(workbook, data, exportedAt);
  // Locked against slips, not against intent: no password, and the row check catches edits anyway.
  await workbook.getWorksheet(DATA_SHEET)!.protect('', {
    selectLockedCells: true, selectUnlockedCells: true, formatColumns: false, formatRows: true, autoFilter: true,
  });
  return toFile(workbook, `Underlag ${data.period.key} ${fileNamePart(data.body.name)}.xlsx`);
}
