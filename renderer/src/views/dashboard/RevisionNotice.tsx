import { formatDate } from '@shared/dates';
import type { Plan } from '@shared/domain/types';
import { revisionIntervalLabel } from '@shared/labels';
import { useCall } from '@renderer/data/useCall';
import { useUiStore } from '@renderer/stores/uiStore';

/** On Översikt: the plan's revision is overdue (shared/domain/planRevision.ts), one click from its history. */
export function RevisionNotice({ plan }: { plan: Plan }) {
  const status = useCall('getRevisionStatus', { planId: plan.id }).data ?? null;
  if (!status?.overdue || !status.nextDue || plan.revisionIntervalYears === null) return null;
  return (
    <p className="dash-revision-notice" data-revision-overdue>
      <strong>Planens revidering är försenad.</strong>
      {' '}Planen ska revideras {revisionIntervalLabel(plan.revisionIntervalYears)} och skulle ha reviderats senast {formatDate(status.nextDue)}.
      {' '}<button type="button" className="link-button" data-handout="omit" onClick={() => useUiStore.getState().show('plan')}>Visa planens revideringar</button>
    </p>
  );
}
