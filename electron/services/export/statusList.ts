import { ASSESSMENT_LABEL, STATUS_LABEL } from '@shared/labels';
import type { StatusListFormat } from '@shared/domain/transfer';
import type { ServiceContext } from '../context';
import { listActionStatus } from '../plan/actionStatus';
import { getPlan } from '../plan/plans';
import type { ExportedFile } from '../platform';
import { toCsv } from './csvWrite';
import { fileNamePart, newWorkbook, styleHeader, toFile } from './workbook';

/** Every åtgärd of a plan with its status as of a date: for the nämnd's handlingar or further work in Excel. */
const HEADERS = ['Utvecklingsområde', 'Nr', 'Åtgärd', 'Huvudansvarig', 'Medansvariga', 'Start', 'Klart senast', 'Status',
  'Senast rapporterad', 'Bedömning', 'Kommentar'];
const WIDTHS = [24, 7, 45, 24, 30, 12, 12, 16, 14, 11, 50];

function statusRows(ctx: ServiceContext, planId: number, asOf: string): (string | null)[][] {
  return listActionStatus(ctx, { planId, asOf }).map((a) => [
    a.areaName, a.number, a.title,
    a.responsible.find((r) => r.role === 'huvudansvarig')?.bodyName ?? '',
    a.responsible.filter((r) => r.role === 'medansvarig').map((r) => r.bodyName).join(', '),
    a.startDate, a.deadline, STATUS_LABEL[a.effectiveStatus], a.latestReportedOn,
    a.latestAssessment ? ASSESSMENT_LABEL[a.latestAssessment] : null, a.latestComment,
  ]);
}

export async function exportStatusList(ctx: ServiceContext, input: { planId: number; format: StatusListFormat; asOf?: string }): Promise<ExportedFile> {
  const plan = getPlan(ctx, input.planId);
  const asOf = input.asOf ?? ctx.today();
  const rows = statusRows(ctx, plan.id, asOf);
  const baseName = `Statuslista ${fileNamePart(plan.name)} ${asOf}`;
  if (input.format === 'csv') {
    return { fileName: `${baseName}.csv`, mimeType: 'text/csv;charset=utf-8', bytes: toCsv([HEADERS, ...rows]) };
  }
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Status', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([`${plan.name}: status per ${asOf}`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  styleHeader(sheet.addRow(HEADERS));
  WIDTHS.forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  for (const row of rows) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + rows.length, column: HEADERS.length } };
  return toFile(workbook, `${baseName}.xlsx`);
}
