import { useId } from 'react';
import { formatDateLong } from '@shared/dates';
import type { Plan } from '@shared/domain/types';
import { ErrorMessage } from '../components/Message';
import { useFollowUp } from '../data/planReads';
import { useFollowUpUiStore, type DeadlineWindow } from '../stores/followUpUiStore';
import { DeadlineGroup } from './followup/DeadlineTable';
import { groupByLead } from './followup/deadlineGroups';
import { Loading } from './followup/Loading';
import { dueWithin, overdueActions } from './followup/todoRules';

const WINDOWS: DeadlineWindow[] = [30, 90];

function WindowChoice() {
  const { deadlineWindow, setDeadlineWindow } = useFollowUpUiStore();
  return (
    <fieldset className="deadlines-window">
      <legend>Visa kommande deadlines inom</legend>
      {WINDOWS.map((days) => (
        <label key={days}>
          <input type="radio" name="deadlines-window" value={days} checked={deadlineWindow === days}
            onChange={() => setDeadlineWindow(days)} />
          {days} dagar
        </label>
      ))}
    </fieldset>
  );
}

/** Passed and coming deadlines, per huvudansvarig nämnd, each row one click from Ny lägesrapport. */
export function DeadlinesView({ plan }: { plan: Plan }) {
  const { actions, today, error, ready } = useFollowUp(plan.id);
  const days = useFollowUpUiStore((s) => s.deadlineWindow);
  const overdueId = useId();
  const comingId = useId();
  if (!ready || today === null) {
    return (
      <section aria-labelledby="deadlines-heading">
        <h1 id="deadlines-heading">Deadlines</h1>
        <ErrorMessage text={error} />
        {!error && <Loading />}
      </section>
    );
  }

  const overdue = overdueActions(actions);
  const coming = dueWithin(actions, today, days);
  const comingTitle = `Kommande inom ${days} dagar`;
  return (
    <section aria-labelledby="deadlines-heading" className="deadlines">
      <h1 id="deadlines-heading">Deadlines</h1>
      <p className="muted">Per {formatDateLong(today)}. Grupperat efter huvudansvarig nämnd.</p>
      <ErrorMessage text={error} />
      <WindowChoice />

      <section aria-labelledby={overdueId} data-deadlines="overdue">
        <h2 id={overdueId}>Passerade deadlines <span className="deadlines-count">{overdue.length}</span></h2>
        {overdue.length === 0
          ? <p className="deadlines-empty">Inga åtgärder är försenade.</p>
          : groupByLead(overdue).map((g) => <DeadlineGroup key={g.bodyId ?? 'none'} group={g} today={today} context="Passerade deadlines" />)}
      </section>

      <section aria-labelledby={comingId} data-deadlines="coming">
        <h2 id={comingId}>{comingTitle} <span className="deadlines-count">{coming.length}</span></h2>
        {coming.length === 0
          ? <p className="deadlines-empty">Ingen åtgärd ska vara klar de närmaste {days} dagarna.</p>
          : groupByLead(coming).map((g) => <DeadlineGroup key={g.bodyId ?? 'none'} group={g} today={today} context={comingTitle} />)}
      </section>
    </section>
  );
}
