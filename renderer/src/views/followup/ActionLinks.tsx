import type { ActionStatusRow } from '@shared/domain/types';
import { useUiStore } from '@renderer/stores/uiStore';

/**
 * The one-click ways from a follow-up list into the plan view (owned by the plan view):
 * an åtgärd's detail, or straight into its Ny lägesrapport form.
 */
type ActionRef = Pick<ActionStatusRow, 'id' | 'number' | 'title'>;

export function actionName(action: Pick<ActionStatusRow, 'number' | 'title'>): string {
  return action.number ? `${action.number} ${action.title}` : action.title;
}

export function ActionLink({ action, label }: { action: ActionRef; label?: string }) {
  return (
    <button type="button" className="link-button followup-action-link" onClick={() => useUiStore.getState().openAction(action.id)}>
      {label ?? actionName(action)}
    </button>
  );
}

/** The accessible name starts with the visible text (WCAG 2.5.3) and says which åtgärd. */
export function ReportButton({ action }: { action: ActionRef }) {
  return (
    <button type="button" className="button followup-report-button" aria-label={`Rapportera status för ${actionName(action)}`}
      onClick={() => useUiStore.getState().openAction(action.id, { report: true })}>
      Rapportera status
    </button>
  );
}
