import { useEffect } from 'react';
import type { Plan } from '../../../shared/domain/types';
import { useFilterStore } from '../stores/filterStore';
import { usePlanStore } from '../stores/planStore';
import { useRegisterStore } from '../stores/registerStore';
import { useUiStore } from '../stores/uiStore';
import { ActionDetail } from './plan/ActionDetail';
import { PlanWorkspace } from './plan/PlanWorkspace';

/** The plan view: the workspace (plan, områden, åtgärder), or one åtgärd's detail when the route names one. */
export function PlanView({ plan }: { plan: Plan }) {
  const actionId = useUiStore((s) => s.actionId);
  const load = usePlanStore((s) => s.load);
  const loadRegister = useRegisterStore((s) => s.load);
  useEffect(() => {
    useFilterStore.getState().forPlan(plan.id);
    void load(plan.id);
  }, [plan.id, load]);
  // Nämnder for the forms (ansvariga, rapporterande nämnd).
  useEffect(() => {
    void loadRegister();
  }, [loadRegister]);

  return actionId === null ? <PlanWorkspace plan={plan} /> : <ActionDetail plan={plan} actionId={actionId} />;
}
