import { useEffect } from 'react';
import type { Plan } from '@shared/domain/types';
import { useFilterStore } from '../stores/filterStore';
import { useUiStore } from '../stores/uiStore';
import { ActionDetail } from './plan/ActionDetail';
import { PlanWorkspace } from './plan/PlanWorkspace';

/** The plan view: the workspace (plan, områden, åtgärder), or one åtgärd's detail when the route names one. */
export function PlanView({ plan }: { plan: Plan }) {
  const actionId = useUiStore((s) => s.actionId);
  useEffect(() => {
    useFilterStore.getState().forPlan(plan.id);
  }, [plan.id]);

  return actionId === null ? <PlanWorkspace plan={plan} /> : <ActionDetail plan={plan} actionId={actionId} />;
}
