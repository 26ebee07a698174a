import type { ActionStatusRow, ResponsibilityRole } from '@shared/domain/types';
import { formatDate } from '@shared/dates';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { ActionLink } from './ActionLinks';

/** A nämnd's åtgärder in the plan, opened from its row in Nämnder; each opens the åtgärd. */
export function BodyActionList({ id, items }: { id: string; items: { action: ActionStatusRow; role: ResponsibilityRole }[] }) {
  return (
    <ul id={id} className="bodies-action-list">
      {items.map(({ action, role }) => (
        <li key={action.id} data-action-id={action.id}>
          <ActionLink action={action} />
          <span className="bodies-action-meta">
            {role === 'huvudansvarig' ? 'Huvudansvarig' : 'Medansvarig'} · klart senast {action.deadline ? formatDate(action.deadline) : 'löpande'}
          </span>
          <StatusBadge status={action.effectiveStatus} />
        </li>
      ))}
    </ul>
  );
}
