import { formatDateLong } from '@shared/dates';
import type { Plan } from '@shared/domain/types';
import { DateInput } from '../components/DateInput';
import { ErrorMessage } from '../components/Message';
import { useFollowUp } from '../data/planReads';
import { firstError } from '../data/results';
import { useCall } from '../data/useCall';
import { useFollowUpUiStore } from '../stores/followUpUiStore';
import { groupChanges } from './followup/changeGroups';
import { addDaysIso } from './followup/days';
import { Loading } from './followup/Loading';
import { countText } from './followup/plural';
import { DeadlinesTable, NewActionsTable, OtherTable, ReportsTable, SinceGroup, type SinceContext } from './followup/SinceTables';

/** The API's ceiling per call; reaching it means older changes were left out. */
export const CHANGES_LIMIT = 5000;

/** By default: what happened in the last month, i.e. since the delegation last met. */
const DEFAULT_DAYS_BACK = 30;

/** What changed in the plan since a date: what the strateg brings to the delegation. */
export function SinceView({ plan }: { plan: Plan }) {
  const { today, actions } = useFollowUp(plan.id);
  const bodies = useCall('listBodies', {}).data ?? [];
  const { since: chosen, setSince } = useFollowUpUiStore();
  const since = chosen ?? (today ? addDaysIso(today, -DEFAULT_DAYS_BACK) : null);
  const changeList = useCall('listChanges', since === null ? null : { since, planId: plan.id, limit: CHANGES_LIMIT });
  const changes = changeList.data ?? [];
  const truncated = changes.length >= CHANGES_LIMIT;
  const error = firstError(changeList);

  const ready = since !== null && changeList.data !== undefined;
  const groups = groupChanges(changes);
  const ctx: SinceContext = {
    existingActionIds: new Set(actions.map((a) => a.id)),
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
