import type { Plan } from '../../../shared/domain/types';

export function DeadlinesView({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby="view-heading">
      <h1 id="view-heading">Deadlines</h1>
      <p className="muted">{plan.name}</p>
    </section>
  );
}
