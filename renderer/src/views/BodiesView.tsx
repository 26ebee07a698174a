import { useEffect, useState } from 'react';
import type { Body, DeleteImpact, Plan } from '@shared/domain/types';
import { errorMessage } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorMessage } from '../components/Message';
import { useFollowUp } from '../data/planReads';
import { firstError } from '../data/results';
import { useCall } from '../data/useCall';
import { useFollowUpUiStore } from '../stores/followUpUiStore';
import { useNoticeStore } from '../stores/noticeStore';
import { bodyWrites } from '../stores/registerStore';
import { BodyAddForm } from './followup/BodyAddForm';
import { BodyEditDialog } from './followup/BodyEditDialog';
import { BodyRow } from './followup/BodyRow';
import { bodyStats } from './followup/bodyStats';

interface PendingDelete { body: Body; impact: DeleteImpact }

/** The register of nämnder, styrelser and bolag, with what each answers for in the selected plan. */
export function BodiesView({ plan }: { plan: Plan }) {
  const bodyList = useCall('listBodies', {});
  const bodies = bodyList.data ?? [];
  const error = firstError(bodyList);
  const { actions, activity, ready } = useFollowUp(plan.id);
  const { focusBodyId, setFocusBody } = useFollowUpUiStore();
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set(focusBodyId === null ? [] : [focusBodyId]));
  const [editing, setEditing] = useState<Body | null>(null);
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const stats = bodyStats(actions, activity);

  // Arriving from Att göra: that nämnd's åtgärder are open; move focus to them once they are shown.
  const focusReady = focusBodyId !== null && ready && bodies.some((b) => b.id === focusBodyId);
  useEffect(() => {
    if (!focusReady || focusBodyId === null) return;
    const target = document.getElementById(`bodies-toggle-${focusBodyId}`) ?? document.querySelector(`tr[data-body-id="${focusBodyId}"] th`);
    if (target instanceof HTMLElement) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
    setFocusBody(null);
  }, [focusReady, focusBodyId, setFocusBody]);

  const toggle = (id: number): void => setExpanded((prev) => {
    const next = new Set(prev);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  const askDelete = async (body: Body): Promise<void> => {
    try {
      setPending({ body, impact: await bodyWrites.bodyDeleteImpact(body.id) });
    } catch (e) {
      useNoticeStore.getState().show(errorMessage(e), 'error');
    }
  };

  const confirmDelete = async (): Promise<void> => {
    if (!pending) return;
    setPending(null);
    try {
      await bodyWrites.deleteBody(pending.body);
    } catch (e) {
      useNoticeStore.getState().show(errorMessage(e), 'error');
    }
  };

  return (
    <section aria-labelledby="bodies-heading" className="bodies">
      <h1 id="bodies-heading">Nämnder</h1>
      <p className="muted">Nämnder, styrelser och bolag som kan ansvara för åtgärder. Siffrorna gäller {plan.name}.</p>
      <ErrorMessage text={error} />
      <BodyAddForm />
      <table className="bodies-table">
        <caption className="visually-hidden">Nämnder, styrelser och bolag</caption>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">Typ</th>
            <th scope="col">Åtgärder i planen</th>
            <th scope="col">Försenade</th>
            <th scope="col">Senast rapporterat</th>
            <th scope="col"><span className="visually-hidden">Ändra eller ta bort</span></th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((body) => (
            <BodyRow key={body.id} body={body} stats={stats.get(body.id)} expanded={expanded.has(body.id)}
              onToggle={() => toggle(body.id)} onEdit={() => setEditing(body)} onDelete={() => void askDelete(body)} />
          ))}
          {bodies.length === 0 && <tr><td colSpan={6} className="muted">Inga nämnder är registrerade ännu.</td></tr>}
        </tbody>
      </table>
      <BodyEditDialog body={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog open={pending !== null} title={pending?.impact.blocked ? 'Kan inte tas bort' : `Ta bort ${pending?.body.name ?? ''}?`}
        message={pending?.impact.message ?? ''} confirmLabel="Ta bort" blocked={pending?.impact.blocked ?? false}
        onConfirm={() => void confirmDelete()} onCancel={() => setPending(null)} />
    </section>
  );
}
