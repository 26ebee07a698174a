import { useState } from 'react';
import type { ActionStatusRow, Plan, Recommendation } from '@shared/domain/types';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useUiStore } from '@renderer/stores/uiStore';
import { errorMessage } from '@renderer/api/client';
import { useAuditStore } from './auditStore';

function actionLabel(action: ActionStatusRow): string {
  return action.number ? `${action.number} ${action.title}` : action.title;
}

/**
 * The åtgärder of the plan that answer a recommendation, with their current status; link another
 * one, or remove a link (the åtgärd itself stays).
 */
export function LinkedActions({ recommendation, number, actions, plans, readOnly }: {
  recommendation: Recommendation;
  number: number;
  actions: ActionStatusRow[];
  plans: Plan[];
  readOnly: boolean;
}) {
  const { link, unlink } = useAuditStore();
  const openAction = useUiStore((s) => s.openAction);
  const [chosen, setChosen] = useState('');
  const linked = recommendation.actionIds.map((id) => actions.find((a) => a.id === id)).filter((a): a is ActionStatusRow => a !== undefined);
  const linkable = actions.filter((a) => !recommendation.actionIds.includes(a.id));
  const run = async (write: () => Promise<void>): Promise<void> => {
    try {
      await write();
    } catch (error) {
      useNoticeStore.getState().show(errorMessage(error), 'error');
    }
  };
  const selectId = `link-${recommendation.id}`;
  return (
    <div className="audit-links">
      <h5>Kopplade åtgärder i handlingsplanen</h5>
      {linked.length === 0 ? <p className="muted">Ingen åtgärd är kopplad.</p> : (
        <ul className="audit-link-list">
          {linked.map((action) => (
            <li key={action.id}>
              <button type="button" className="link-button audit-link-action" onClick={() => openAction(action.id)}>{actionLabel(action)}</button>
              <StatusBadge status={action.effectiveStatus} />
              {!readOnly && (
                <button type="button" className="link-button" onClick={() => void run(() => unlink(recommendation.id, action.id))}
                  aria-label={`Ta bort koppling till ${actionLabel(action)}`}>Ta bort koppling</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && linkable.length > 0 && (
        <div className="audit-link-add">
          <label htmlFor={selectId}>Koppla åtgärd till rekommendation {number}</label>
          <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Välj åtgärd…</option>
            {plans.map((plan) => (
              <optgroup key={plan.id} label={plan.name}>
                {linkable.filter((a) => a.planId === plan.id).map((a) => <option key={a.id} value={a.id}>{actionLabel(a)}</option>)}
              </optgroup>
            ))}
          </select>
          <button type="button" className="button button-small" disabled={chosen === ''}
            onClick={() => void run(async () => {
              await link(recommendation.id, Number(chosen));
              setChosen('');
            })}>
            Koppla
          </button>
        </div>
      )}
    </div>
  );
}
