import { ApiError, errorMessage } from '@renderer/api/client';

/** A refused file: the message, then every problem on its own line (row, column, value). */
export function ProblemList({ error }: { error: unknown }) {
  if (!error) return null;
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <div className="error transfer-problems" role="alert">
      <p className="transfer-problems-title">{errorMessage(error)}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => <li key={i}>{p.message}</li>)}
        </ul>
      )}
    </div>
  );
}
