import { formatDateLong } from '@shared/dates';
import { periodContaining } from '@shared/domain/period';
import type { Plan } from '@shared/domain/types';
import { ErrorMessage } from '../components/Message';
import { useAuditDetails } from '../data/auditReads';
import { useFollowUp } from '../data/planReads';
import { useCall } from '../data/useCall';
import { Loading } from './followup/Loading';
import { ActionItem, AnswerItem, RevisionItem, SilentBodyItem, UnreportedItem } from './followup/TodoItems';
import { TodoSection } from './followup/TodoSection';
import { auditAnswersDue, bodiesNotReported, dueWithin, notReportedActions, overdueActions } from './followup/todoRules';

/** How far ahead Att göra looks: deadlines within two weeks, audit answers within a month. */
const DEADLINE_DAYS = 14;
const ANSWER_DAYS = 30;

/** The first view: what needs the strateg's attention now, each item one click from where it is handled. */
export function TodoView({ plan }: { plan: Plan }) {
  const { actions, activity, today, error, ready } = useFollowUp(plan.id);
  const bodies = useCall('listBodies', {}).data ?? [];
  const { audits, error: auditError } = useAuditDetails();
  const revision = useCall('getRevisionStatus', { planId: plan.id }).data ?? null;

  if (!ready || today === null) {
    return (
      <section aria-labelledby="todo-heading">
        <h1 id="todo-heading">Att göra</h1>
        <ErrorMessage text={error} />
        {!error && <Loading />}
      </section>
    );
  }

  const period = periodContaining(plan.followUpRhythm, today);
  const overdue = overdueActions(actions);
  const soon = dueWithin(actions, today, DEADLINE_DAYS);
  const silent = bodiesNotReported(actions, activity, bodies, period);
  const answers = auditAnswersDue(audits, today, ANSWER_DAYS);
  const unreported = notReportedActions(actions);
  const revisionDue = revision?.overdue && revision.nextDue ? revision.nextDue : null;
  const nothing = overdue.length + soon.length + silent.length + answers.length + unreported.length === 0 && revisionDue === null;

  return (
    <section aria-labelledby="todo-heading" className="todo">
      <h1 id="todo-heading">Att göra</h1>
      <p className="muted todo-intro">
        {formatDateLong(today)} · uppföljningsperiod {period.label}
      </p>
      <ErrorMessage text={error ?? auditError} />
      {nothing && <p className="todo-all-done">Inget att göra just nu.</p>}
      <div className="todo-grid">
        <TodoSection kind="forsenade" title="Försenade åtgärder" count={overdue.length} empty="Inga åtgärder är försenade.">
          {overdue.map((a) => <ActionItem key={a.id} action={a} today={today} />)}
        </TodoSection>
        <TodoSection kind="snart" title={`Deadline inom ${DEADLINE_DAYS} dagar`} count={soon.length}
          empty={`Ingen åtgärd ska vara klar de närmaste ${DEADLINE_DAYS} dagarna.`}>
          {soon.map((a) => <ActionItem key={a.id} action={a} today={today} />)}
        </TodoSection>
        <TodoSection kind="namnder" title={`Inte rapporterat för ${period.name}`} count={silent.length}
          empty={`Alla ansvariga nämnder har rapporterat för ${period.label}.`}>
          {silent.map((b) => <SilentBodyItem key={b.bodyId} body={b} />)}
        </TodoSection>
        <TodoSection kind="svar" title="Svar till revisionen" count={answers.length} empty="Inga svar på granskningar väntar.">
          {answers.map((a) => <AnswerItem key={`${a.auditId}-${a.bodyId}`} answer={a} today={today} />)}
        </TodoSection>
        <TodoSection kind="ej-rapporterade" title={`Ej rapporterade under ${today.slice(0, 4)}`} count={unreported.length}
          empty={`Alla åtgärder som inte är avslutade har en lägesrapport från ${today.slice(0, 4)}.`}>
          {unreported.map((a) => <UnreportedItem key={a.id} action={a} />)}
        </TodoSection>
        <TodoSection kind="revidering" title="Revidering av planen" count={revisionDue ? 1 : 0} empty="Planens revidering är inte försenad.">
          {revisionDue && <RevisionItem plan={plan} nextDue={revisionDue} today={today} />}
        </TodoSection>
      </div>
    </section>
  );
}
