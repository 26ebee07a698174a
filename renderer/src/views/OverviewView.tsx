import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDate, formatDateLong } from '@shared/dates';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '@shared/domain/status';
import type { Plan } from '@shared/domain/types';
import { STATUS_LABEL } from '@shared/labels';
import { ErrorMessage } from '../components/Message';
import { useAppInfo } from '../stores/appStore';
import { useShallow } from 'zustand/react/shallow';
import { useDashboardStore } from '../stores/dashboardStore';
import { useDashboardData } from './dashboard/useDashboardData';
import { useFilterStore } from '../stores/filterStore';
import { useUiStore } from '../stores/uiStore';
import { ChartFigure } from './dashboard/ChartFigure';
import { DashboardControls } from './dashboard/DashboardControls';
import { DrillDownDialog, type DrillDown } from './dashboard/DrillDownDialog';
import { exportHandout } from './dashboard/exportHandout';
import { KeyFigures } from './dashboard/KeyFigures';
import { select, type Group, type Scope, type Selection } from './dashboard/model';
import { useDashboardFigures } from './dashboard/useDashboardFigures';
import { OverdueList } from './dashboard/OverdueList';
import { RecentChanges } from './dashboard/RecentChanges';
import { StatusBarChart } from './dashboard/StatusBarChart';
import { StatusLegend, StatusPatternDefs } from './dashboard/statusStyle';
import { StatusTable } from './dashboard/StatusTable';
import { TrendChart, TrendLegend, TrendTable, trendRows } from './dashboard/TrendChart';
import { SlidesForPrint } from './presentation/SlidesForPrint';
import { RecommendationsDue } from './audit/RecommendationsDue';
import { RevisionNotice } from './dashboard/RevisionNotice';
import { NOT_REPORTED_LABEL } from '@shared/domain/reporting';
import { MeasurePanel } from './measure/MeasurePanel';
import './dashboard/dashboard.css';

const RECENT_CHANGES_SHOWN = 8;
/** The audit widget has its own store and no props: a new date need not redraw it. */
const RecommendationsDueOnce = memo(RecommendationsDue);
/** A chart's accessible name reads out this many bars; the table has them all. */
const DESCRIBED_GROUPS = 12;

/** "Insatser för utsatta: Genomförd 3, Pågående 2. …" — the numbers a chart's accessible name reads out. */
function describeGroups(groups: Group[]): string {
  const told = groups.slice(0, DESCRIBED_GROUPS).map((g) => {
    const parts = EFFECTIVE_STATUSES.filter((s) => g.counts[s] > 0).map((s) => `${STATUS_LABEL[s]} ${g.counts[s]}`);
    return `${g.name}: ${parts.length > 0 ? parts.join(', ') : 'inga åtgärder'}`;
  }).join('. ');
  return groups.length > DESCRIBED_GROUPS ? `${told}. Och ${groups.length - DESCRIBED_GROUPS} till: se tabellen` : told;
}

/**
 * Översikt: the plan's status as of a date compared with another — key figures, status per
 * utvecklingsområde and per nämnd, progress over time, overdue åtgärder and the latest changes —
 * with the nämnd and område filter the plan view uses, and a drill-down behind every number.
 */
export function OverviewView({ plan }: { plan: Plan }) {
  const today = useAppInfo()?.today ?? null;
  const choices = useDashboardStore(useShallow((s) => ({
    forPlan: s.forPlan, setScope: s.setScope, setAsOf: s.setAsOf, setCompareTo: s.setCompareTo, setRhythm: s.setRhythm,
    asOf: s.asOf, compareTo: s.compareTo, rhythm: s.rhythm,
  })));
  // The recommendations' answer (RecommendationsDue reads it) must not redraw the page.
  const data = useDashboardData({ withRecommendations: false });
  const dash = { ...choices, ...data };
  const { forPlan: forDashboardPlan, setScope } = choices;
  const { current, currentAsOf, previousAsOf, areas, changes: allChanges, trend: trendData } = data;
  const areaId = useFilterStore((s) => s.filter.areaId);
  const bodyId = useFilterStore((s) => s.filter.bodyId);
  const forPlan = useFilterStore((s) => s.forPlan);
  const setFilter = useFilterStore((s) => s.setFilter);
  const [drillDown, setDrillDown] = useState<DrillDown | null>(null);
  const [printingSlides, setPrintingSlides] = useState(false);
  const [exporting, setExporting] = useState(false);
  const printRef = useRef<HTMLDivElement>(null);

  useEffect(() => forPlan(plan.id), [plan.id, forPlan]);
  useEffect(() => {
    void setScope({ areaId, bodyId });
  }, [areaId, bodyId, setScope]);
  useEffect(() => {
    if (today !== null) forDashboardPlan(plan.id, today);
  }, [plan.id, today, forDashboardPlan]);

  const scope: Scope = useMemo(() => ({ areaId, bodyId }), [areaId, bodyId]);
  const view = useDashboardFigures(scope);
  const trend = useMemo(() => trendRows(trendData?.points ?? []), [trendData]);
  const told = useMemo(() => ({ byArea: describeGroups(view.byArea), byBody: describeGroups(view.byBodyChart) }), [view.byArea, view.byBodyChart]);
  const changes = useMemo(() => {
    const ids = new Set(view.rows.map((r) => r.id));
    const filtered = areaId === null && bodyId === null ? allChanges : allChanges.filter((c) => c.actionId !== null && ids.has(c.actionId));
    return { shown: filtered.slice(0, RECENT_CHANGES_SHOWN), openable: new Set(current.map((r) => r.id)) };
  }, [allChanges, current, view.rows, areaId, bodyId]);

  const asOf = currentAsOf;
  const compareTo = previousAsOf;
  const names = {
    area: areas.find((a) => a.id === areaId)?.name,
    body: view.bodies.find((b) => b.id === bodyId)?.name,
  };
  const scopeText = [names.body, names.area].filter(Boolean).join(' · ');

  const open = useCallback((title: string, selection: Selection) => {
    if (!asOf) return;
    setDrillDown({ title: `${title}, per ${formatDate(asOf)}`, rows: select(view.rows, selection, asOf) });
  }, [asOf, view.rows]);
  const selectArea = useCallback((id: number, status: EffectiveStatus | null) => {
    const name = areas.find((a) => a.id === id)?.name ?? 'Utvecklingsområde';
    open(status ? `${name}: ${STATUS_LABEL[status]}` : name, { kind: 'area', id, status });
  }, [areas, open]);
  const selectBody = useCallback((id: number, status: EffectiveStatus | null) => {
    const name = view.bodies.find((b) => b.id === id)?.name ?? 'Nämnd';
    open(status ? `${name}: ${STATUS_LABEL[status]}` : name, { kind: 'body', id, status });
  }, [view.bodies, open]);
  const selectFigure = useCallback((selection: Selection) => {
    const title = selection.kind === 'all' ? 'Alla åtgärder' : selection.kind === 'dueSoon' ? 'Deadline inom 90 dagar'
      : selection.kind === 'notReported' ? NOT_REPORTED_LABEL
      : selection.kind === 'status' ? STATUS_LABEL[selection.status] : '';
    open(scopeText ? `${title} (${scopeText})` : title, selection);
  }, [open, scopeText]);

  const showAllOverdue = useCallback(() => open('Försenade åtgärder', { kind: 'status', status: 'forsenad' }), [open]);

  const subtitle = asOf && compareTo
    ? `${plan.name}${scopeText ? ` · ${scopeText}` : ''} – läget per ${formatDateLong(asOf)} jämfört med ${formatDateLong(compareTo)}`
    : plan.name;
  const printOverview = async (): Promise<void> => {
    if (!printRef.current || !asOf) return;
    setExporting(true);
    await exportHandout({ title: `Översikt per ${asOf}`, subtitle, pages: [printRef.current] });
    setExporting(false);
  };
  const printSlides = useCallback(async (slides: HTMLElement[]) => {
    await exportHandout({ title: `Presentation per ${asOf ?? ''}`, subtitle, pages: slides });
    setPrintingSlides(false);
    setExporting(false);
  }, [asOf, subtitle]);

  const ready = dash.currentAsOf === dash.asOf && dash.previousAsOf === dash.compareTo && dash.trend?.to === dash.asOf;
  if (!asOf || !compareTo || !view.now || !dash.asOf || !dash.compareTo) {
    return (
      <section aria-labelledby="overview-heading">
        <h1 id="overview-heading">Översikt</h1>
        {dash.error ? <ErrorMessage text={dash.error} /> : <p className="muted">Laddar översikten …</p>}
      </section>
    );
  }

  return (
    <section className="dashboard" aria-labelledby="overview-heading" data-ready={ready} data-as-of={asOf} data-compare-to={compareTo}>
      <StatusPatternDefs />
      <header className="dash-header">
        <div>
          <h1 id="overview-heading">Översikt</h1>
          <p className="muted dash-subtitle">{subtitle}</p>
        </div>
        <div className="dash-actions" data-handout="omit">
          <button type="button" className="button button-primary" aria-keyshortcuts="F5" onClick={() => useUiStore.getState().show('presentation')}>
            Presentationsläge{names.body ? ` – ${names.body}` : ''} (F5)
          </button>
          <button type="button" className="button" disabled={exporting} onClick={() => void printOverview()}>Översikten som PDF</button>
          <button type="button" className="button" disabled={exporting} onClick={() => { setExporting(true); setPrintingSlides(true); }}>
            Presentationen som PDF
          </button>
        </div>
      </header>
      <DashboardControls asOf={dash.asOf} compareTo={dash.compareTo} rhythm={dash.rhythm} areaId={areaId} bodyId={bodyId}
        areas={dash.areas} bodies={view.bodies}
        onAsOf={(d) => void dash.setAsOf(d)} onCompareTo={(d) => void dash.setCompareTo(d)} onRhythm={(r) => void dash.setRhythm(r)}
        onArea={(id) => setFilter({ areaId: id })} onBody={(id) => setFilter({ bodyId: id })} />
      <ErrorMessage text={dash.error} />

      <div ref={printRef} className="dash-print">
        <RevisionNotice plan={plan} />
        <KeyFigures now={view.now} before={view.before} compareTo={compareTo} onSelect={selectFigure} />
        <div className="dash-grid">
          <ChartFigure id="by-area" title="Status per utvecklingsområde" asOf={asOf}
            label={`Liggande staplar: status per utvecklingsområde per ${formatDate(asOf)}. ${told.byArea}.`}
            hint="Klicka på en del av en stapel, eller välj ett tal i tabellen, för att se åtgärderna."
            chart={<StatusBarChart groups={view.byArea} onSelect={selectArea} />} legend={<StatusLegend />}
            table={<StatusTable caption={`Status per utvecklingsområde per ${formatDate(asOf)}, med förändring sedan ${formatDate(compareTo)}`}
              categoryLabel="Utvecklingsområde" groups={view.byArea} previous={view.byAreaBefore} compareTo={compareTo} onSelect={selectArea} />} />
          <ChartFigure id="by-body" title="Status per ansvarig nämnd" asOf={asOf}
            label={`Liggande staplar: status per ansvarig nämnd per ${formatDate(asOf)}. ${told.byBody}.`}
            caption={view.byBody.length > view.byBodyChart.length
              ? `Diagrammet visar de ${view.byBodyChart.length} nämnder som ansvarar för flest åtgärder; tabellen visar alla ${view.byBody.length}. En åtgärd räknas hos varje nämnd som är ansvarig för den.`
              : 'En åtgärd räknas hos varje nämnd som är ansvarig för den.'}
            hint="Klicka på en del av en stapel, eller välj ett tal i tabellen, för att se åtgärderna."
            chart={<StatusBarChart groups={view.byBodyChart} onSelect={selectBody} />} legend={<StatusLegend />}
            table={<StatusTable caption={`Status per ansvarig nämnd per ${formatDate(asOf)}, med förändring sedan ${formatDate(compareTo)}`}
              categoryLabel="Nämnd" groups={view.byBody} previous={view.byBodyBefore} compareTo={compareTo} onSelect={selectBody} />} />
          <ChartFigure id="trend" title="Utveckling över tid" asOf={asOf}
            label={`Linjediagram: andel genomförda och andel försenade åtgärder per ${dash.rhythm === 'år' ? 'år' : dash.rhythm}. ${trend.map((r) => `${r.name}: genomförda ${r.doneShare} %, försenade ${r.lateShare} %`).join('. ')}.`}
            caption="Andelen av åtgärderna vid varje periods slut, beräknad ur lägesrapporternas historik."
            chart={<TrendChart rows={trend} />} legend={<TrendLegend />}
            table={<TrendTable rows={trend} caption={`Andel genomförda och försenade åtgärder per ${dash.rhythm}`} />} />
          <MeasurePanel planId={plan.id} asOf={asOf} areaId={areaId} />
          <OverdueList rows={view.late} asOf={asOf} onShowAll={showAllOverdue} />
          <RecentChanges changes={changes.shown} openable={changes.openable} />
        </div>
      </div>

      {/* — audits: open recommendations and answers due (renderer/src/views/audit, self-contained) — */}
      <RecommendationsDueOnce />

      <DrillDownDialog drillDown={drillDown} onClose={() => setDrillDown(null)} />
      {printingSlides && <SlidesForPrint plan={plan} bodyId={bodyId} onReady={(slides) => void printSlides(slides)} />}
    </section>
  );
}
