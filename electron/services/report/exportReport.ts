import type { ServiceContext } from '../context';
import type { ExportedFile, Platform } from '../platform';
import type { ExportFormat, ReportModel } from '@shared/report/model';
import { renderReportHtml } from '@shared/report/renderHtml';
import { cleanText, cleanTextDeep } from '@shared/textRule';
import { getReportModel, type ReportRequest } from './buildReport';
import { renderDocx } from './docx/renderDocx';
import { getSettings } from '../settings/documentSettings';
import type { Logo } from '@shared/domain/settings';

/**
 * A report as a file in the chosen format. The model is built synchronously from the plan file
 * (no transaction is held across the awaits that follow); printing and drawing are the platform's.
 */
const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** "uppfoljning-2025.docx", "uppfoljning-2025-socialnamnden.pdf": safe on every file system. */
export function reportFileName(model: ReportModel, bodyName: string | null, format: ExportFormat): string {
  const slug = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const base = model.kind === 'rekommendationer' ? `rekommendationer-${model.year}` : `uppfoljning-${model.year}`;
  return `${base}${bodyName ? `-${slug(bodyName)}` : ''}.${format}`;
}

/**
 * `logo`: the kommun's logo from Inställningar for the cover (a closed year's report gets today's logo).
 * Text enters the document here, cleaned (shared/textRule.ts), so no old row can break a DOCX or a PDF.
 */
export async function renderReportFile(stored: ReportModel, format: ExportFormat, platform: Platform, bodyName: string | null,
  logo: Logo | null = null): Promise<ExportedFile> {
  const model = cleanTextDeep(stored);
  const fileName = reportFileName(model, bodyName === null ? null : cleanText(bodyName), format);
  switch (format) {
    case 'html':
      return { fileName, mimeType: MIME.html, bytes: new TextEncoder().encode(renderReportHtml(model, { logo })) };
    case 'pdf':
      return { fileName, mimeType: MIME.pdf, bytes: await platform.printToPdf(renderReportHtml(model, { logo })) };
    case 'docx':
      return { fileName, mimeType: MIME.docx, bytes: await renderDocx(model, (svg, w, h) => platform.rasterizeSvg(svg, w, h), logo) };
  }
}

export async function buildReportFile(ctx: ServiceContext, platform: Platform, request: ReportRequest & { format: ExportFormat }): Promise<ExportedFile> {
  const model = getReportModel(ctx, request);
  const body = model.bodyId === null ? null : (ctx.db.prepare('SELECT name FROM body WHERE id = ?').get(model.bodyId) as { name: string } | undefined)?.name ?? null;
  return renderReportFile(model, request.format, platform, body, getSettings(ctx).logo);
}
