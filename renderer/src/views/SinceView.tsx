import { useEffect } from 'react';
import { formatDateLong } from '../../../shared/dates';
import type { Plan } from '../../../shared/domain/types';
import { DateInput } from '../components/DateInput';
import { ErrorMessage } from '../components/Message';
import { CHANGES_LIMIT, useChangesStore } from '../stores/changesStore';
import { useFollowUpStore } from '../stores/followUpStore';
import { useFollowUpUiStore } from '../stores/followUpUiStore';
import { useRegisterStore } from '../stores/registerStore';
import { groupChanges } from './followup/changeGroups';
import { addDaysIso } from './followup/days';
import { Loading } from './followup/Loading';
import { countText } from './followup/plural';
import { DeadlinesTable, NewActionsTable, OtherTable, ReportsTable, SinceGroup, type SinceContext } from './followup/SinceTables';

/** By default: what happened in the last month, i.e. since the delegation last met. */
const DEFAULT_DAYS_BACK = 30;

/** What changed in the plan since a date: what the strateg brings to the delegation. */
export function SinceView({ plan }: { plan: Plan }) {
  const { today, actions, planId: followUpPlanId, load: loadFollowUp } = useFollowUpStore();
  const { bodies, load: loadBodies } = useRegisterStore();
  const { changes, truncated, since: loadedSince, planId, error, load } = useChangesStore();
  const { since: chosen, setSince } = useFollowUpUiStore();
  const since = chosen ?? (today ? addDaysIso(today, -DEFAULT_DAYS_BACK) : null);
  useEffect(() => {
    void loadFollowUp(plan.id);
    void loadBodies();
  }, [loadFollowUp, loadBodies, plan.id]);
  useEffect(() => {
    if (since) void load(plan.id, since);
  }, [load, plan.id, since]);

  const ready = since !== null && planId === plan.id && loadedSince === since;
  const groups = groupChanges(ready ? changes : []);
  const ctx: SinceContext = {
    existingActionIds: new Set(followUpPlanId === plan.id ? actions.map((a) => a.id) : []),
    bodyNames: new Map(bodies.map((b) => [b.id, b.name])),
  };

  return (
    <section aria-labelledby="since-heading" className="since">
      <div className="since-header">
        <div>
          <h1 id="since-heading">Sedan senast</h1>
          <p className="since-subtitle">
            {plan.name}{since && <><br />Ändringar sedan {formatDateLong(since)}{today && <> till och med {formatDateLong(today)}</>}</>}
          </p>
        </div>
        <div className="since-controls">
          <label htmlFor="since-date">Visa ändringar sedan</label>
          <DateInput id="since-date" value={since} onChange={setSince} />
          <button type="button" className="button since-print" onClick={() => window.print()}>Skriv ut</button>
        </div>
      </div>
      <ErrorMessage text={error} />
      {!ready && !error && <Loading />}
      {ready && (
        <>
          <p className="since-summary">
            {[
              countText(groups.reports.length, 'ny lägesrapport', 'nya lägesrapporter'),
              countText(groups.deadlines.length, 'ändrad deadline', 'ändrade deadlines'),
              countText(groups.actions.length, 'ny åtgärd', 'nya åtgärder'),
              countText(groups.other.length, 'övrig ändring', 'övriga ändringar'),
            ].join(' · ')}
          </p>
          {truncated && <p className="since-note">Bara de {CHANGES_LIMIT} senaste ändringarna visas. Välj ett senare datum för att se alla.</p>}
          <SinceGroup kind="reports" title="Nya lägesrapporter" count={groups.reports.length} empty="Inga nya lägesrapporter.">
            <ReportsTable entries={groups.reports} ctx={ctx} />
          </SinceGroup>
          <SinceGroup kind="deadlines" title="Ändrade deadlines" count={groups.deadlines.length} empty="Inga deadlines har ändrats.">
            <DeadlinesTable entries={groups.deadlines} ctx={ctx} />
          </SinceGroup>
          <SinceGroup kind="actions" title="Nya åtgärder" count={groups.actions.length} empty="Inga nya åtgärder.">
            <NewActionsTable entries={groups.actions} ctx={ctx} />
          </SinceGroup>
          <SinceGroup kind="other" title="Övriga ändringar" count={groups.other.length} empty="Inga andra ändringar.">
            <OtherTable entries={groups.other} ctx={ctx} />
          </SinceGroup>
        </>
      )}
    </section>
  );
}
