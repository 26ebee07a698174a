import type { Plan } from '../../../shared/domain/types';

export function TodoView({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby="view-heading">
      <h1 id="view-heading">Att göra</h1>
      <p className="muted">{plan.name}</p>
    </section>
  );
}
