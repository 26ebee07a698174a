import { useState } from 'react';
import type { Indicator } from '@shared/domain/types';
import { ErrorMessage } from '../components/Message';
import { useAppInfo } from '../stores/appStore';
import { useToday } from '../hooks/useToday';
import { useDeleteConfirm } from '../hooks/useDeleteConfirm';
import { AreaComparison } from './indicator/AreaComparison';
import { CatalogueOffer } from './indicator/CatalogueOffer';
import { IndicatorDialog } from './indicator/IndicatorDialog';
import { IndicatorForm } from './indicator/IndicatorForm';
import { IndicatorTable } from './indicator/IndicatorTable';
import { NumericIndicatorTable } from './indicator/NumericIndicatorTable';
import { useIndicatorData, useIndicatorStore } from './indicator/indicatorStore';
import { YearFigures } from './indicator/YearFigures';
import { YearTrend } from './indicator/YearTrend';
import './indicator/indicator.css';

/** Years to choose between: every year with values, and back to five years ago, up to this year. */
function yearChoices(recorded: number[], thisYear: number): number[] {
  const first = Math.min(thisYear - 5, ...recorded);
  const last = Math.max(thisYear, ...recorded);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/**
 * Indikatorer: the kommun's yearly self-assessment (Ja/Delvis/Nej = 2/1/0) against the ÖJ
 * Brottsoffer indicators and its own, compared with the national share and with earlier years.
 */
export function IndicatorsView() {
  const { indicators, summary, catalogue, loaded, error } = useIndicatorData();
  const { setYear, deleteIndicator, deleteImpact } = useIndicatorStore();
  const info = useAppInfo();
  const [openId, setOpenId] = useState<number | null>(null);
  const [editing, setEditing] = useState<Indicator | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const { ask, dialog } = useDeleteConfirm();
  const readOnly = info?.readOnly ?? false;
  const thisYear = Number(useToday().slice(0, 4));
  const opened = indicators.find((i) => i.id === openId) ?? null;
  const [dialogOpen, setDialogOpen] = useState(false);
  const open = (id: number): void => {
    setOpenId(id);
    setDialogOpen(true);
  };
  const edit = (indicator: Indicator | null): void => {
    setDialogOpen(false);
    setEditing(indicator);
    setFormOpen(true);
  };

  return (
    <section aria-labelledby="indicators-heading" className="indicators">
      <div className="page-head">
        <h1 id="indicators-heading">Indikatorer</h1>
        <div className="page-actions">
          {summary && (
            <label className="indicator-year">
              År{' '}
              <select value={summary.year} onChange={(e) => void setYear(Number(e.target.value))}>
                {yearChoices(summary.years, thisYear).map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </label>
          )}
          {!readOnly && <button type="button" className="button" onClick={() => edit(null)}>Ny egen indikator</button>}
        </div>
      </div>
      <p className="indicator-intro muted">
        Kommunens självskattning år för år – Ja, Delvis eller Nej (2/1/0) – jämförd med andelen ja-svar i riket i
        Öppna jämförelser 2015 – Stöd till brottsoffer och med tidigare år.
      </p>
      <ErrorMessage text={error} />
      {catalogue && <CatalogueOffer catalogue={catalogue} readOnly={readOnly} />}
      {loaded && indicators.length === 0 && <p className="empty">Planfilen har inga indikatorer ännu.</p>}
      {summary && indicators.length > 0 && (
        <>
          <YearFigures summary={summary} />
          <div className="indicator-charts">
            <AreaComparison summary={summary} />
            <YearTrend summary={summary} />
          </div>
          <h2>Indikatorer och svar {summary.year}</h2>
          <IndicatorTable summary={summary} readOnly={readOnly} onOpen={open} />
          <NumericIndicatorTable indicators={indicators} year={summary.year} onOpen={open} />
        </>
      )}
      {opened && summary && (
        <IndicatorDialog indicator={opened} year={summary.year} readOnly={readOnly} open={dialogOpen} onClose={() => setDialogOpen(false)}
          onEdit={() => edit(opened)}
          onDelete={() => {
            setDialogOpen(false);
            void ask({
              title: `Ta bort indikatorn ${opened.code}?`, impact: () => deleteImpact(opened.id),
              remove: () => deleteIndicator(opened.id), done: `Indikatorn ${opened.code} togs bort.`,
            });
          }} />
      )}
      <IndicatorForm indicator={editing} open={formOpen} onClose={() => setFormOpen(false)} />
      {dialog}
    </section>
  );
}
