import type { BodyRecommendations } from '@shared/domain/recommendationsDue';

/** Per nämnd: open recommendations, answers due soon, answers overdue. */
export function DueBodyTable({ bodies, withinDays }: { bodies: BodyRecommendations[]; withinDays: number }) {
  if (bodies.length === 0) return <p className="muted">Inga öppna rekommendationer.</p>;
  return (
    <table className="due-table">
      <caption className="visually-hidden">Öppna rekommendationer och svar per nämnd</caption>
      <thead>
        <tr>
          <th scope="col">Nämnd</th>
          <th scope="col" className="due-number">Öppna</th>
          <th scope="col" className="due-number">Svar inom {withinDays} dagar</th>
          <th scope="col" className="due-number">Försenade svar</th>
        </tr>
      </thead>
      <tbody>
        {bodies.map((b) => (
          <tr key={b.bodyId} data-body={b.bodyName}>
            <th scope="row">{b.bodyName}</th>
            <td className="due-number">{b.open}</td>
            <td className="due-number">{b.dueSoon}</td>
            <td className={b.overdue > 0 ? 'due-number due-late' : 'due-number'}>{b.overdue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
