import type { Responsibility } from '@shared/domain/types';

/** Ansvariga nämnder, huvudansvarig first and marked. */
export function Responsible({ list }: { list: Responsibility[] }) {
  return (
    <ul className="responsible">
      {list.map((r) => (
        <li key={r.bodyId} className={r.role === 'huvudansvarig' ? 'lead' : undefined}>
          {r.bodyName}
          {r.role === 'huvudansvarig' && <span className="visually-hidden"> (huvudansvarig)</span>}
        </li>
      ))}
    </ul>
  );
}
