import { QUALITY_ISSUE_LABEL, type ActionQuality } from '@shared/domain/followUpQuality';
import { useUiStore } from '@renderer/stores/uiStore';
import { actionName } from './ActionLinks';

/** Each åtgärd with its findings and an "Åtgärda" button that opens it for editing. */
export function QualityFindings({ actions }: { actions: ActionQuality[] }) {
  return (
    <table className="quality-table">
      <caption className="visually-hidden">Åtgärder med brister</caption>
      <thead>
        <tr>
          <th scope="col" className="quality-col-action">Åtgärd</th>
          <th scope="col">Brister</th>
          <th scope="col" className="quality-col-fix"><span className="visually-hidden">Åtgärda</span></th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.actionId} data-action-id={a.actionId}>
            <th scope="row" className="quality-action-name">{actionName(a)}</th>
            <td>
              <ul className="quality-findings">
                {a.findings.map((f) => (
                  <li key={f.issue} data-issue={f.issue}>
                    <strong>{QUALITY_ISSUE_LABEL[f.issue]}.</strong> {f.explanation}
                  </li>
                ))}
              </ul>
            </td>
            <td className="quality-fix-cell">
              <button type="button" className="button" aria-label={`Åtgärda ${actionName(a)}`}
                onClick={() => useUiStore.getState().openAction(a.actionId)}>
                Åtgärda
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
