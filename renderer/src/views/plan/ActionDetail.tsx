import { useEffect, useRef, useState } from 'react';
import { roleCanEditPlan, roleCanWrite, useRole } from '@renderer/stores/sessionStore';
import { formatDate } from '@shared/dates';
import type { MeetingNote } from '@shared/domain/dashboard';
import { effectiveStatus } from '@shared/domain/status';
import type { Plan, StatusReport } from '@shared/domain/types';
import { ErrorMessage } from '@renderer/components/Message';
import { Responsible } from '@renderer/components/Responsible';
import { StatusWithMark } from '@renderer/components/StatusBadge';
import { actionWrites, useActionStore } from '@renderer/stores/actionStore';
import { useActionDetail } from '@renderer/data/actionReads';
import { usePlanData } from '@renderer/data/planReads';
import { useCall } from '@renderer/data/useCall';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useUiStore } from '@renderer/stores/uiStore';
import { ActionForm } from './ActionForm';
import { ActionLog } from './ActionLog';
import { actionName } from './actionName';
import { MeetingNotes, noteName } from './MeetingNotes';
import { StatusReportForm } from './StatusReportForm';
import { StatusTimeline } from './StatusTimeline';
import { useDeleteConfirm } from '@renderer/hooks/useDeleteConfirm';
import { useToday } from '@renderer/hooks/useToday';
import { MeasureSection } from '../measure/MeasureSection';
import { useAppInfo } from '@renderer/stores/appStore';

/** Focus `id` once the dialog that had focus has closed and handed it back. */
function focusLater(id: string, onlyIfLost = false): void {
  setTimeout(() => {
    if (onlyIfLost && document.activeElement && document.activeElement !== document.body) return;
    document.getElementById(id)?.focus();
  }, 0);
}

function back(actionId: number): void {
  useActionStore.getState().setReturnFocus(actionId);
  useUiStore.getState().closeAction();
}

/**
 * One åtgärd: its facts, status history, notes from meetings, Ny lägesrapport (also opened straight from the route
 * #/plan/atgard/ID/rapportera), its own change log, and edit and delete.
 */
export function ActionDetail({ plan, actionId }: { plan: Plan; actionId: number }) {
  const { action, reports, notes, changes, sources, missing, error } = useActionDetail(actionId);
  const { deleteImpact, deleteAction, deleteStatusReport, deleteMeetingNote } = actionWrites;
  const reportOpen = useUiStore((s) => s.report);
  const openAction = useUiStore((s) => s.openAction);
  const planData = usePlanData(plan.id);
  const row = planData.actions.find((a) => a.id === actionId);
  const areas = planData.areas;
  const bodies = useCall('listBodies', {}).data ?? [];
  const today = useToday();
  const readOnly = useAppInfo()?.readOnly ?? false;
  const role = useRole();
  const canWrite = roleCanWrite(role);
  const canEdit = roleCanEditPlan(role);
  const [editing, setEditing] = useState(false);
  const { ask, dialog } = useDeleteConfirm();
  const focusedFor = useRef<number | null>(null);

  // A screen reader user hears where they are; the report form, if opening, takes focus itself.
  useEffect(() => {
    if (!action || action.id !== actionId || focusedFor.current === actionId) return;
    focusedFor.current = actionId;
    if (!useUiStore.getState().report) document.getElementById('action-heading')?.focus();
  }, [action, actionId]);

  if (missing) {
    return (
      <section aria-labelledby="action-heading">
        <h1 id="action-heading">Åtgärden finns inte</h1>
        <p>Åtgärden har tagits bort, eller så har den aldrig funnits i den här planfilen.</p>
        <button type="button" className="button" onClick={() => useUiStore.getState().closeAction()}>Till åtgärdslistan</button>
      </section>
    );
  }
  if (!action || action.id !== actionId) return <><ErrorMessage text={error} /><p className="muted" role="status">Hämtar åtgärden…</p></>;

  const areaIndex = areas.findIndex((a) => a.id === action.areaId);
  const status = row?.effectiveStatus ?? effectiveStatus(reports.find((r) => r.reportedOn <= today)?.status ?? null, action.deadline, today);
  const removeAction = (): Promise<void> => ask({
    title: 'Ta bort åtgärd?',
    impact: () => deleteImpact('action', action.id),
    remove: () => deleteAction(action.id),
    done: `Åtgärden ”${actionName(action)}” togs bort. Ångra med Ctrl+Z.`,
    after: () => {
      useUiStore.getState().closeAction();
      focusLater('plan-heading');
    },
  });
  const removeReport = (report: StatusReport): Promise<void> => ask({
    title: 'Ta bort lägesrapport?',
    impact: () => deleteImpact('status_report', report.id),
    remove: () => deleteStatusReport(report.id),
    done: 'Lägesrapporten togs bort. Ångra med Ctrl+Z.',
    after: () => focusLater('timeline-heading'),
  });
  // A note has nothing that goes with it, so the question is said here rather than asked of the main process.
  const removeNote = (note: MeetingNote): Promise<void> => ask({
    title: 'Ta bort anteckning?',
    impact: () => Promise.resolve({ message: `Anteckningen från ${noteName(note)} tas bort. Du kan ångra med Ctrl+Z.`, counts: {}, blocked: false }),
    remove: () => deleteMeetingNote(note.id),
    done: 'Anteckningen togs bort. Ångra med Ctrl+Z.',
    after: () => focusLater('notes-heading'),
  });

  return (
    <section aria-labelledby="action-heading" className="action-detail">
      <p className="back-link">
        <button type="button" className="link-button" onClick={() => back(actionId)}>
          <span aria-hidden="true">← </span>Tillbaka till åtgärdslistan
        </button>
      </p>
      {areaIndex >= 0 && <p className="muted crumb">{plan.name} · {areaIndex + 1}. {areas[areaIndex].name}</p>}
      <div className="page-head">
        <h1 id="action-heading" tabIndex={-1}>{actionName(action)}</h1>
        {canWrite && <div className="page-actions">
          <button type="button" className="button button-primary" id="new-report-button"
            onClick={() => openAction(actionId, { report: true })}>Ny lägesrapport</button>
          {/* A rapportör reports; changing the åtgärd itself is the administratör's. */}
          {canEdit && <button type="button" className="button" onClick={() => setEditing(true)}>Redigera</button>}
          {canEdit && <button type="button" className="button button-danger-outline" onClick={() => void removeAction()}>Ta bort</button>}
        </div>}
      </div>
      <ErrorMessage text={error} />
      <dl className="facts">
        <div><dt>Status</dt><dd><StatusWithMark status={status} notReportedInYear={row?.notReportedInYear ?? false} /></dd></div>
        <div><dt>Ansvariga</dt><dd><Responsible list={action.responsible} /></dd></div>
        <div><dt>Start</dt><dd>{formatDate(action.startDate)}</dd></div>
        <div><dt>Klart senast</dt><dd>{action.deadline ? formatDate(action.deadline) : 'Löpande'}</dd></div>
        <div><dt>Senaste rapport</dt><dd>{formatDate(reports[0]?.reportedOn)}</dd></div>
      </dl>
      <div className="detail-grid">
        {/* A läsare deletes nothing (the server refuses it regardless). */}
        <StatusTimeline reports={reports} onDelete={canWrite ? (r) => void removeReport(r) : undefined} />
        <div>
          <section aria-labelledby="about-heading" className="card about">
            <h2 id="about-heading">Om åtgärden</h2>
            <h3>Beskrivning</h3>
            <p className="prose">{action.description || '–'}</p>
            <h3>Förslag på insatser</h3>
            <p className="prose">{action.proposedMeasures || '–'}</p>
            <h3>Indikator/mål</h3>
            <p className="prose">{action.indicatorText || '–'}</p>
          </section>
          <MeetingNotes notes={notes} onDelete={canWrite ? (n) => void removeNote(n) : undefined} />
        </div>
      </div>
      <MeasureSection plan={plan} actionId={actionId} today={today} readOnly={readOnly} />
      <ActionLog changes={changes} areas={areas} />

      <StatusReportForm plan={plan} action={action} latest={reports[0] ?? null} rhythm={plan.followUpRhythm} sources={sources} bodies={bodies}
        today={today} open={reportOpen}
        onClose={() => {
          openAction(actionId);
          focusLater('new-report-button', true);
        }}
        onSaved={() => {
          useNoticeStore.getState().show('Lägesrapporten sparades.');
          openAction(actionId);
          focusLater('timeline-heading');
        }} />
      <ActionForm action={action} areas={areas} bodies={bodies} defaultAreaId={action.areaId} open={editing}
        onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      {dialog}
    </section>
  );
}
