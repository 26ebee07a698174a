import { useState } from 'react';
import { roleCanEditPlan, useRole } from '@renderer/stores/sessionStore';
import { formatDate } from '@shared/dates';
import type { Action, Plan } from '@shared/domain/types';
import { RHYTHM_LABEL } from '@shared/labels';
import { ErrorMessage } from '@renderer/components/Message';
import { useActionStore } from '@renderer/stores/actionStore';
import { useFilterStore } from '@renderer/stores/filterStore';
import { usePlanData } from '@renderer/data/planReads';
import { useCall } from '@renderer/data/useCall';
import { useUiStore } from '@renderer/stores/uiStore';
import { ActionForm } from './ActionForm';
import { ActionTable } from './ActionTable';
import { AreaList } from './AreaList';
import { FilterBar } from './FilterBar';
import { PlanDetailsDialog } from './PlanDetailsDialog';
import { RevisionDue, RevisionHistory } from './RevisionHistory';
import { useAppInfo } from '@renderer/stores/appStore';
import { usePlanList } from './usePlanList';

function PlanFacts({ plan }: { plan: Plan }) {
  const period = plan.periodStart || plan.periodEnd ? `${plan.periodStart ?? '…'}–${plan.periodEnd ?? '…'}` : '–';
  return (
    <dl className="facts">
      <div><dt>Kommun</dt><dd>{plan.municipality || '–'}</dd></div>
      <div><dt>Period</dt><dd>{period}</dd></div>
      <div><dt>Beslutad av</dt><dd>{plan.decidedBy || '–'} {plan.decidedOn && `(${formatDate(plan.decidedOn)})`}</dd></div>
      <div><dt>Diarienummer</dt><dd>{plan.diaryNumber || '–'}</dd></div>
      <div><dt>Uppföljning</dt><dd>{RHYTHM_LABEL[plan.followUpRhythm]}</dd></div>
      <div><dt>Revideras</dt><dd><RevisionDue plan={plan} /></dd></div>
    </dl>
  );
}

/** The plan's details, its områden, and the filtered list of åtgärder: where the strateg spends her day. */
export function PlanWorkspace({ plan }: { plan: Plan }) {
  const { loading, error } = usePlanData(plan.id);
  const bodies = useCall('listBodies', {}).data ?? [];
  const areaFilter = useFilterStore((s) => s.filter.areaId);
  const list = usePlanList();
  const [editingPlan, setEditingPlan] = useState(false);
  const [addingAction, setAddingAction] = useState(false);
  const readOnly = useAppInfo()?.readOnly === true;
  const canEdit = roleCanEditPlan(useRole());

  const created = (action: Action): void => {
    setAddingAction(false);
    useActionStore.getState().setReturnFocus(action.id);
    useUiStore.getState().openAction(action.id);
  };

  return (
    <section aria-labelledby="plan-heading" className="plan-workspace">
      <div className="page-head">
        <h1 id="plan-heading" tabIndex={-1}>{plan.name}</h1>
        {canEdit && <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => setAddingAction(true)}
            disabled={list.areas.length === 0} title={list.areas.length === 0 ? 'Lägg först till ett utvecklingsområde' : undefined}>
            Ny åtgärd
          </button>
          <button type="button" className="button" onClick={() => setEditingPlan(true)}>Redigera plan</button>
        </div>}
      </div>
      <PlanFacts plan={plan} />
      {plan.overallGoal && <p className="goal"><strong>Övergripande mål:</strong> {plan.overallGoal}</p>}
      <RevisionHistory plan={plan} readOnly={readOnly} />
      <ErrorMessage text={error} />
      {canEdit && <AreaList />}
      <FilterBar areas={list.areas} actions={list.actions} shown={list.matching.length} />
      <ActionTable list={list} loading={loading} />
      <PlanDetailsDialog plan={plan} open={editingPlan} onClose={() => setEditingPlan(false)} />
      <ActionForm action={null} areas={list.areas} bodies={bodies} defaultAreaId={areaFilter} open={addingAction}
        onClose={() => setAddingAction(false)} onSaved={created} />
    </section>
  );
}
