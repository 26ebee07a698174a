import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { MeetingNote } from '@shared/domain/dashboard';
import { EFFECTIVE_STATUSES } from '@shared/domain/status';
import type { DashboardAction } from '@renderer/stores/dashboardStore';
import { formatDate } from '@shared/dates';
import { STATUS_LABEL } from '@shared/labels';
import { nounFor, NOUNS } from '@shared/text';
import { STATUS_SYMBOL, StatusWithMark } from '@renderer/components/StatusBadge';
import { KeyFigures } from '../dashboard/KeyFigures';
import { actionsText, formatCount } from '../dashboard/format';
import type { Group, KeyFigures as Figures } from '../dashboard/model';
import { StatusBarChart } from '../dashboard/StatusBarChart';
import { StatusLegend, StatusStrip, StatusSwatch } from '../dashboard/statusStyle';
import { slideTitle, type Slide } from './slides';
import { MeasureSlideCard } from '../measure/MeasureSlideCard';
import './presentation.css';

/** One slide at large type: text and tables only, no edit controls. */
export interface SlideData {
  asOf: string;
  compareTo: string;
  now: Figures;
  before: Figures | null;
  byArea: Group[];
  /** Shown under the title: the plan, and the nämnd when one is chosen. */
  subtitle: string;
}

/** A table cell keeps digits: "1 dag", "12 dagar". */
function daysText(n: number): string {
  return `${formatCount(n)} ${nounFor(n, NOUNS.dag)}`;
}

function ActionsTable({ rows, caption, overdueAsOf }: { rows: DashboardAction[]; caption: string; overdueAsOf?: string }) {
  return (
    <table className="slide-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nr</th><th scope="col">Åtgärd</th><th scope="col">Ansvarig</th><th scope="col">Klart senast</th>
          <th scope="col">{overdueAsOf ? 'Försenad' : 'Status'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-action-id={row.id}>
            <td className="slide-nowrap">{row.number}</td>
            <td>{row.title}</td>
            <td>{row.responsible[0]?.bodyName ?? '–'}</td>
            <td className="slide-nowrap">{row.deadline === null ? 'Löpande' : formatDate(row.deadline)}</td>
            <td className="slide-nowrap">
              {overdueAsOf && row.deadline
                ? daysText(differenceInCalendarDays(parseISO(overdueAsOf), parseISO(row.deadline)))
                : <StatusWithMark status={row.effectiveStatus} notReportedInYear={row.notReportedInYear} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Notes({ notes }: { notes: MeetingNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="slide-notes" aria-label="Mötesanteckningar">
      <h3>Mötesanteckningar</h3>
      <ul>
        {notes.slice(0, 3).map((n) => (
          <li key={n.id}>
            <strong>{n.meetingName}{n.protocolRef ? `, ${n.protocolRef}` : ''}:</strong> {n.note}
            {n.actionId !== null && <span className="slide-note-subject"> ({n.subject})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function body(slide: Slide, data: SlideData, chartWidth: number | undefined, chartFontSize: number, actionNumbers: Map<number, string>) {
  switch (slide.kind) {
    case 'summary':
      return (
        <div className="slide-summary">
          <KeyFigures now={data.now} before={data.before} compareTo={data.compareTo} onSelect={null} showStatuses={false} />
          <div className="slide-chart" role="img"
            aria-label={`Liggande staplar: status per utvecklingsområde per ${formatDate(data.asOf)}. ${data.byArea.map((g) => `${g.name}: ${EFFECTIVE_STATUSES.filter((s) => g.counts[s] > 0).map((s) => `${STATUS_LABEL[s]} ${g.counts[s]}`).join(', ') || 'inga åtgärder'}`).join('. ')}.`}>
            <StatusBarChart groups={data.byArea} onSelect={null} fontSize={chartFontSize} width={chartWidth} />
          </div>
          <StatusLegend />
        </div>
      );
    case 'area':
      return (
        <>
          <ul className="slide-counts" aria-label={`Status, ${actionsText(slide.total)}`}>
            {EFFECTIVE_STATUSES.filter((s) => slide.counts[s] > 0).map((s) => (
              <li key={s} data-status={s}><StatusSwatch status={s} /><span aria-hidden="true">{STATUS_SYMBOL[s]}</span> {STATUS_LABEL[s]}: <strong>{slide.counts[s]}</strong></li>
            ))}
          </ul>
          <StatusStrip counts={slide.counts} />
          <ActionsTable rows={slide.rows} caption={`Åtgärder i ${slide.area.name}`} />
        </>
      );
    case 'measures':
      return (
        <div className="slide-measure-grid">
          {slide.measures.map((m) => (
            <MeasureSlideCard key={m.id} measure={m} asOf={data.asOf} actionNumber={m.actionId === null ? null : actionNumbers.get(m.actionId) ?? null} />
          ))}
        </div>
      );
    case 'overdue':
      return slide.total === 0
        ? <p className="slide-empty">Inga åtgärder är försenade per {formatDate(data.asOf)}.</p>
        : <ActionsTable rows={slide.rows} caption="Försenade åtgärder, längst försenade först" overdueAsOf={data.asOf} />;
    case 'recommendations':
      return (
        <table className="slide-table">
          <caption className="visually-hidden">Rekommendationer vars svar ska lämnas</caption>
          <thead>
            <tr><th scope="col">Granskning</th><th scope="col">Rekommendation</th><th scope="col">Nämnd</th><th scope="col">Svar senast</th></tr>
          </thead>
          <tbody>
            {slide.due.map((d) => (
              <tr key={`${d.recommendationId}-${d.bodyId}`}>
                <td>{d.auditTitle}</td>
                <td>{d.recommendationNumber}. {d.recommendationText.length > 140 ? `${d.recommendationText.slice(0, 139)}…` : d.recommendationText}</td>
                <td>{d.bodyName}</td>
                <td className="slide-nowrap">{formatDate(d.answerDue)}<br /><span className="slide-muted">
                  {d.daysLeft < 0 ? `${daysText(-d.daysLeft)} sedan` : d.daysLeft === 0 ? 'i dag' : `om ${daysText(d.daysLeft)}`}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

export function SlideView({ slide, data, notes, position, chartWidth, chartFontSize = 20, actionNumbers = new Map() }: {
  slide: Slide;
  data: SlideData;
  notes: MeetingNote[];
  /** "Bild 2 av 8". */
  position: string;
  chartWidth?: number;
  /** Chart type follows the slide's type, which grows with the screen. */
  chartFontSize?: number;
  /** Åtgärd numbers by id, to say which åtgärd a mått belongs to. */
  actionNumbers?: Map<number, string>;
}) {
  return (
    <section className={`slide slide-${slide.kind}`} aria-roledescription="bild" aria-label={`${position}: ${slideTitle(slide)}`} data-slide={slide.key}>
      <header className="slide-header">
        <h2 className="slide-title">{slideTitle(slide)}</h2>
        <p className="slide-subtitle">
          {data.subtitle} · per {formatDate(data.asOf)}{slide.kind === 'summary' ? ` jämfört med ${formatDate(data.compareTo)}` : ''}
        </p>
      </header>
      <div className="slide-body">{body(slide, data, chartWidth, chartFontSize, actionNumbers)}</div>
      <Notes notes={notes} />
    </section>
  );
}
