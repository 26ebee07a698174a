import { useState } from 'react';
import { formatDate } from '@shared/dates';
import type { PlanRevision } from '@shared/domain/planRevision';
import type { Plan } from '@shared/domain/types';
import { revisionIntervalLabel } from '@shared/labels';
import { errorMessage } from '@renderer/api/client';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorMessage } from '@renderer/components/Message';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useCall } from '@renderer/data/useCall';
import { firstError } from '@renderer/data/results';
import { revisionWrites } from '@renderer/stores/revisionStore';
import { RevisionForm } from './RevisionForm';

/** What the plan says about revision and when the next one is due, with a warning once it is overdue. */
export function RevisionDue({ plan }: { plan: Plan }) {
  const status = useCall('getRevisionStatus', { planId: plan.id }).data ?? null;
  if (!status || plan.revisionIntervalYears === null) return <>{plan.revisionIntervalYears ? revisionIntervalLabel(plan.revisionIntervalYears) : '–'}</>;
  return (
    <>
      {revisionIntervalLabel(plan.revisionIntervalYears)}
      {status.nextDue && (status.overdue
        ? <strong className="revision-overdue"> · försenad, skulle ha reviderats senast {formatDate(status.nextDue)}</strong>
        : <> · nästa senast {formatDate(status.nextDue)}</>)}
    </>
  );
}

/** The plan's revisions, oldest first: date, decided by, diarienummer and what changed. */
export function RevisionHistory({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const list = useCall('listRevisions', { planId: plan.id });
  const revisions = list.data ?? [];
  const error = firstError(list);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<PlanRevision | null>(null);
  const confirmRemove = async (): Promise<void> => {
    if (!removing) return;
    const revision = removing;
    setRemoving(null);
    try {
      await revisionWrites.remove(revision);
      useNoticeStore.getState().show(`Revideringen ${formatDate(revision.revisedOn)} togs bort.`);
    } catch (e) {
      useNoticeStore.getState().show(errorMessage(e), 'error');
    }
  };

  return (
    <details className="card revision-history">
      <summary><h2 id="revisions-heading">Revideringar av planen</h2></summary>
      <ErrorMessage text={error} />
      {revisions.length === 0 ? <p className="muted">Planen har inte reviderats sedan den beslutades.</p> : (
        <table className="data-table" aria-labelledby="revisions-heading">
          <thead><tr><th scope="col">Datum</th><th scope="col">Beslutad av</th><th scope="col">Diarienummer</th><th scope="col">Vad ändrades</th>
            {!readOnly && <th scope="col"><span className="visually-hidden">Åtgärder</span></th>}</tr></thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id}>
                <td className="nowrap">{formatDate(r.revisedOn)}</td><td>{r.decidedBy || '–'}</td><td>{r.diaryNumber || '–'}</td><td>{r.changes || '–'}</td>
                {!readOnly && <td><button type="button" className="link-button" onClick={() => setRemoving(r)}
                  aria-label={`Ta bort revideringen ${formatDate(r.revisedOn)}`}>Ta bort</button></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && <button type="button" className="button" onClick={() => setAdding(true)}>Ny revidering</button>}
      <RevisionForm planId={plan.id} open={adding} onClose={() => setAdding(false)} />
      <ConfirmDialog open={removing !== null} title="Ta bort revideringen?" confirmLabel="Ta bort"
        message={removing ? `Revideringen ${formatDate(removing.revisedOn)} tas bort ur planens historik. Du kan ångra med Ctrl+Z.` : ''}
        onConfirm={() => void confirmRemove()} onCancel={() => setRemoving(null)} />
    </details>
  );
}
