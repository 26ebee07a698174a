import { useEffect } from 'react';
import type { Plan } from '../../../shared/domain/types';
import { BODY_KIND_LABEL } from '../../../shared/labels';
import { ErrorMessage } from '../components/Message';
import { usePlanStore } from '../stores/planStore';
import { useRegisterStore } from '../stores/registerStore';

/** Nämnder, styrelser and bolag with how many åtgärder each is responsible for and how many are late. */
export function BodiesView({ plan }: { plan: Plan }) {
  const { bodies, error, load } = useRegisterStore();
  const { summary, load: loadPlan } = usePlanStore();
  useEffect(() => {
    void load();
    void loadPlan(plan.id);
  }, [load, loadPlan, plan.id]);
  const byBody = new Map(summary?.byBody.map((g) => [g.id, g]) ?? []);

  return (
    <section aria-labelledby="bodies-heading">
      <h1 id="bodies-heading">Nämnder</h1>
      <ErrorMessage text={error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">Typ</th>
            <th scope="col">Åtgärder i planen</th>
            <th scope="col">Försenade</th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((body) => (
            <tr key={body.id}>
              <th scope="row">{body.name}{!body.active && ' (inaktiv)'}</th>
              <td>{BODY_KIND_LABEL[body.kind]}</td>
              <td>{byBody.get(body.id)?.total ?? 0}</td>
              <td>{byBody.get(body.id)?.counts.forsenad ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
