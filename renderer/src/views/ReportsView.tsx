import { useEffect, useMemo } from 'react';
import type { Plan } from '@shared/domain/types';
import { ErrorMessage } from '../components/Message';
import { errorMessage } from '../api/client';
import { useAppInfo, useSelectedPlan } from '../stores/appStore';
import { useToday } from '../hooks/useToday';
import { useNoticeStore } from '../stores/noticeStore';
import { useCall } from '../data/useCall';
import { useReportData, useReportStore, type ReportChoice } from '../stores/reportStore';
import { useSettings, useSettingsStore } from '../stores/settingsStore';
import { downloadFile } from '../api/downloadFile';
import { ReportControls } from './report/ReportControls';
import { ReportPreview } from './report/ReportPreview';
import { ReportTextsPanel } from './report/ReportTextsPanel';
import { YearClosing } from './report/YearClosing';
import './report/reports.css';

/** The years a report can be made for: the plan's period up to this year, newest first. */
function planYears(plan: Plan, today: string): number[] {
  const current = Number(today.slice(0, 4));
  const last = Math.min(plan.periodEnd ?? current, current);
  const first = plan.periodStart ?? last - 9;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => last - i);
}

/** The last year that has ended, when the plan covers it: what the yearly report is usually about. */
function defaultYear(years: number[], today: string): number {
  const lastEnded = Number(today.slice(0, 4)) - 1;
  return years.includes(lastEnded) ? lastEnded : years[0];
}

/**
 * Rapporter: choose a report, edit its texts beside a print-like preview, export it to Word or
 * PDF, and close or reopen the year.
 */
export function ReportsView() {
  const plan = useSelectedPlan();
  const info = useAppInfo();
  const bodies = useCall('listBodies', {}).data ?? [];
  const store = useReportStore();
  const { choice, exporting, choose } = store;
  const { model, editor, loading, error } = useReportData();
  const notice = useNoticeStore((s) => s.show);
  const today = useToday();
  const editorYears = editor?.years;
  const years = useMemo(() => (plan ? (editorYears ?? planYears(plan, today)) : []), [plan, editorYears, today]);

  const settings = useSettings();
  useEffect(() => {
    if (!plan || years.length === 0) return;
    if (choice && choice.planId === plan.id) return;
    void choose({ planId: plan.id, kind: 'arsrapport', year: defaultYear(years, today), bodyId: null });
  }, [plan, choice, choose, years, today]);

  if (!plan) return null;
  const readOnly = info?.readOnly === true;

  const exportAs = async (format: 'docx' | 'pdf') => {
    try {
      await useSettingsStore.getState().askOnceBeforeExport();
      const result = await store.exportReport(format);
      if (result.kind === 'download') {
        downloadFile(result);
        notice(`Rapporten laddades ner som ${result.fileName}.`);
      } else if (result.kind === 'saved') {
        notice(`Rapporten sparades i ${result.path}.`);
      }
    } catch (e) {
      notice(errorMessage(e), 'error');
    }
  };
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notice(done);
    } catch (e) {
      notice(errorMessage(e), 'error');
    }
  };

  return (
    <section aria-labelledby="reports-heading" className="reports-view">
      <h1 id="reports-heading">Rapporter</h1>
      <p className="muted">Årets uppföljningsrapport i revisionsstil, en rapport per nämnd och status för revisionens rekommendationer – förhandsgranska, skriv egna texter och exportera till Word eller PDF.</p>
      {choice && (
        <ReportControls choice={choice} years={years} bodies={bodies.filter((b) => b.active)}
          onChange={(next: ReportChoice) => void choose(next)} />
      )}
      <div className="report-actions">
        <button type="button" className="button button-primary" disabled={!model || exporting !== null} onClick={() => void exportAs('docx')}>Exportera Word</button>
        <button type="button" className="button button-primary" disabled={!model || exporting !== null} onClick={() => void exportAs('pdf')}>Exportera PDF</button>
        <span role="status" className="report-busy">{exporting ? `Skapar ${exporting}-filen …` : loading ? 'Hämtar rapporten …' : ''}</span>
        {choice && editor && (
          <YearClosing year={choice.year} closed={editor.closed} readOnly={readOnly}
            onClose={() => run(store.closeYear, `År ${choice.year} är stängt.`)}
            onReopen={() => run(store.reopenYear, `År ${choice.year} är öppnat igen.`)} />
        )}
      </div>
      <ErrorMessage text={error} />
      {choice?.kind === 'namnd' && choice.bodyId === null && <p>Välj vilken nämnd rapporten ska gälla.</p>}
      {model && editor && (
        <div className="report-workspace">
          <ReportTextsPanel editor={editor} onSave={store.saveText} onReset={store.resetText} />
          <ReportPreview model={model} logo={settings?.logo ?? null} />
        </div>
      )}
    </section>
  );
}
