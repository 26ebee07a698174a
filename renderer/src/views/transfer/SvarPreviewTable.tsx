import type { SvarPreview } from '@shared/domain/transfer';
import { STATUS_LABEL } from '@shared/labels';
import { SVAR_OUTCOME_LABEL } from '@shared/transferLabels';

/** Row by row: what the nämnd wrote and what reading it in does. */
export function SvarPreviewTable({ preview }: { preview: SvarPreview }) {
  const withValues = preview.rows.some((r) => r.values.length > 0);
  return (
    <div className="transfer-scroll" tabIndex={0} role="region" aria-label="Rader i svaret">
      <table className="transfer-table">
        <thead>
          <tr>
            <th scope="col">Rad</th><th scope="col">Nr</th><th scope="col">Åtgärd</th><th scope="col">Nu</th>
            <th scope="col">Ny status</th><th scope="col">Kommentar och källa</th>{withValues && <th scope="col">Utfall</th>}
            <th scope="col">Vid inläsning</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.row} className={`transfer-outcome-${r.outcome}`}>
              <td className="transfer-number">{r.row}</td>
              <td>{r.number}</td>
              <th scope="row">{r.title || '–'}</th>
              <td>{r.currentStatus ? STATUS_LABEL[r.currentStatus] : '–'}</td>
              <td>{r.newStatus ? STATUS_LABEL[r.newStatus] : '–'}</td>
              <td>{r.comment}{r.source && <span className="transfer-source">Källa: {r.source}</span>}</td>
              {withValues && <td>{r.values.map((v) => <span key={v.measureId} className="transfer-value">{v.name}: {v.shown}</span>)}</td>}
              <td>
                <strong>{SVAR_OUTCOME_LABEL[r.outcome]}</strong>
                {r.note && r.outcome !== 'already' && r.outcome !== 'unanswered' && <span className="transfer-note">{r.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
