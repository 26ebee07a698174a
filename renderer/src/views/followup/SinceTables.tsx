import type { ReactNode } from 'react';
import { useId } from 'react';
import { formatDate } from '@shared/dates';
import { changeLabel } from '@shared/changeLabels';
import type { ChangeEntry } from '@shared/domain/types';
import { STATUS_LABEL } from '@shared/labels';
import { useUiStore } from '@renderer/stores/uiStore';
import { deadlineText, isUndoEntry, newActionDetails, reportDetails, shorten } from './changeGroups';
import { changeDate, changeTime } from './changeTime';

/** The four groups of Sedan senast: plain tables that read well on paper too. */

/** Links only to åtgärder that still exist: a deleted one has nowhere to open. */
export interface SinceContext {
  existingActionIds: Set<number>;
  bodyNames: Map<number, string>;
}

function Subject({ entry, ctx }: { entry: ChangeEntry; ctx: SinceContext }) {
  const name = entry.subject ?? '–';
  if (entry.actionId === null || !ctx.existingActionIds.has(entry.actionId)) return <>{name}</>;
  const actionId = entry.actionId;
  return <button type="button" className="link-button since-link" onClick={() => useUiStore.getState().openAction(actionId)}>{name}</button>;
}

function When({ at }: { at: string }) {
  return <td className="date since-when">{changeDate(at)} <span className="since-time">{changeTime(at)}</span></td>;
}

export function SinceGroup({ title, count, empty, kind, children }: {
  title: string; count: number; empty: string; kind: string; children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="since-group" aria-labelledby={id} data-since={kind}>
      <h2 id={id}>{title} <span className="since-count">({count})</span></h2>
      {count === 0 ? <p className="since-empty">{empty}</p> : children}
    </section>
  );
}

export function ReportsTable({ entries, ctx }: { entries: ChangeEntry[]; ctx: SinceContext }) {
  return (
    <table className="since-table">
      <caption className="visually-hidden">Nya lägesrapporter</caption>
      <thead>
        <tr>
          <th scope="col" className="since-col-date">Rapportdatum</th>
          <th scope="col" className="since-col-action">Åtgärd</th>
          <th scope="col" className="since-col-status">Status</th>
          <th scope="col" className="since-col-by">Rapporterad av</th>
          <th scope="col">Kommentar</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const r = reportDetails(entry);
          const body = r.bodyId !== null ? ctx.bodyNames.get(r.bodyId) : undefined;
          return (
            <tr key={entry.id} data-action-id={entry.actionId ?? undefined}>
              <td className="date">{formatDate(r.reportedOn ?? changeDate(entry.at))}</td>
              <td><Subject entry={entry} ctx={ctx} /></td>
              <td>{r.status ? STATUS_LABEL[r.status] : '–'}</td>
              <td>
                {body ?? (r.reportedBy ? '' : '–')}
                {r.reportedBy && <span className={body ? 'since-by-person' : undefined}>{r.reportedBy}</span>}
              </td>
              <td className="since-comment">{shorten(r.comment, 240)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function DeadlinesTable({ entries, ctx }: { entries: ChangeEntry[]; ctx: SinceContext }) {
  return (
    <table className="since-table">
      <caption className="visually-hidden">Ändrade deadlines</caption>
      <thead>
        <tr>
          <th scope="col" className="since-col-action">Åtgärd</th>
          <th scope="col">Klart senast, före → efter</th>
          <th scope="col" className="since-col-date">Ändrad</th>
          <th scope="col">Av</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-action-id={entry.actionId ?? undefined}>
            <td><Subject entry={entry} ctx={ctx} /></td>
            <td className="since-deadline-change">
              <span className="since-old">{deadlineText(entry.oldValue)}</span>
              <span aria-hidden="true"> → </span><span className="visually-hidden"> ändrades till </span>
              <strong>{deadlineText(entry.newValue)}</strong>
            </td>
            <When at={entry.at} />
            <td>{entry.user}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NewActionsTable({ entries, ctx }: { entries: ChangeEntry[]; ctx: SinceContext }) {
  return (
    <table className="since-table">
      <caption className="visually-hidden">Nya åtgärder</caption>
      <thead>
        <tr>
          <th scope="col" className="since-col-action">Åtgärd</th>
          <th scope="col">Ansvariga</th>
          <th scope="col" className="since-col-date">Klart senast</th>
          <th scope="col" className="since-col-date">Tillagd</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const a = newActionDetails(entry);
          return (
            <tr key={entry.id} data-action-id={entry.actionId ?? undefined}>
              <td><Subject entry={entry} ctx={ctx} /></td>
              <td>{a.responsible || '–'}</td>
              <td className="date">{deadlineText(a.deadline)}</td>
              <When at={entry.at} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function otherDetail(entry: ChangeEntry): string {
  if (isUndoEntry(entry)) return [entry.oldValue, entry.newValue].find((v) => v?.startsWith('Ångrat: ')) ?? '';
  if (entry.operation !== 'update') return '';
  return `${shorten(entry.oldValue, 60)} → ${shorten(entry.newValue, 60)}`;
}

export function OtherTable({ entries, ctx }: { entries: ChangeEntry[]; ctx: SinceContext }) {
  return (
    <table className="since-table">
      <caption className="visually-hidden">Övriga ändringar</caption>
      <thead>
        <tr>
          <th scope="col" className="since-col-change">Ändring</th>
          <th scope="col">Gäller</th>
          <th scope="col" className="since-col-detail">Före → efter</th>
          <th scope="col" className="since-col-date">När</th>
          <th scope="col">Av</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-action-id={entry.actionId ?? undefined}>
            <td>{changeLabel(entry)}</td>
            <td><Subject entry={entry} ctx={ctx} /></td>
            <td className="since-detail">{otherDetail(entry) || <span className="muted">–</span>}</td>
            <When at={entry.at} />
            <td>{entry.user}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
