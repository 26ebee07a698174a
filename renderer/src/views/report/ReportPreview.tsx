import { useEffect, useMemo } from 'react';
import type { ReportModel } from '@shared/report/model';
import type { Logo } from '@shared/domain/settings';
import { renderReportBody } from '@shared/report/renderHtml';
import { adoptReportCss } from './adoptReportCss';

/**
 * The report as it will print: the same markup as the PDF (shared/report/renderHtml.ts), one
 * sheet per chapter. The markup is made by our own pure renderer with every text escaped.
 */
export function ReportPreview({ model, logo }: { model: ReportModel; logo: Logo | null }) {
  useEffect(adoptReportCss, []);
  const html = useMemo(() => renderReportBody(model, { logo }), [model, logo]);
  return (
    // Focusable so the preview can be scrolled with the keyboard.
    <div className="report-preview" role="region" aria-label="Förhandsgranskning av rapporten" tabIndex={0}
      dangerouslySetInnerHTML={{ __html: html }} />
  );
}
