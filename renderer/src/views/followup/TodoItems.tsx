import { formatDate } from '@shared/dates';
import type { ActionStatusRow, Plan } from '@shared/domain/types';
import { revisionIntervalLabel } from '@shared/labels';
import { agree, count, nounFor, NOUNS, numberInText, PARTICIPLES } from '@shared/text';
import { useFollowUpUiStore } from '@renderer/stores/followUpUiStore';
import { useUiStore } from '@renderer/stores/uiStore';
import { ActionLink, ReportButton } from './ActionLinks';
import { leadOf } from './deadlineGroups';
import { relativeDays } from './days';
import type { AnswerDue, SilentBody } from './todoRules';

/** The rows of Att göra; each ends in the button that leads to where it is handled. */

/** An åtgärd in a card: its link, what the card says about it, the huvudansvarig nämnd, and "Rapportera status". */
function ActionRow({ action, meta }: { action: ActionStatusRow; meta: string }) {
  const lead = leadOf(action);
  return (
    <li className="todo-item" data-action-id={action.id}>
      <div className="todo-item-text">
        <ActionLink action={action} />
        <span className="todo-meta">
          {meta}
          {lead && <> · {lead.bodyName}</>}
        </span>
      </div>
      <ReportButton action={action} />
    </li>
  );
}

export function ActionItem({ action, today }: { action: ActionStatusRow; today: string }) {
  return <ActionRow action={action} meta={`Klart senast ${formatDate(action.deadline)} (${relativeDays(today, action.deadline ?? today)})`} />;
}

/** "en ej avslutad åtgärd", "tre ej avslutade åtgärder" */
function openActionsText(n: number): string {
  return `${numberInText(n)} ej ${agree(PARTICIPLES.avslutad, n, NOUNS.atgard)} ${nounFor(n, NOUNS.atgard)}`;
}

function showBody(bodyId: number): void {
  useFollowUpUiStore.getState().setFocusBody(bodyId);
  useUiStore.getState().show('namnder');
}

export function SilentBodyItem({ body }: { body: SilentBody }) {
  return (
    <li className="todo-item" data-body-id={body.bodyId}>
      <div className="todo-item-text">
        <span className="todo-item-name">{body.name}</span>
        <span className="todo-meta">
          {body.lastReportedOn ? `Senast rapporterat ${formatDate(body.lastReportedOn)}` : 'Har inte rapporterat i den här planen'}
          {' · '}ansvarig för {openActionsText(body.openActions)}
        </span>
      </div>
      <button type="button" className="button" aria-label={`Visa i Nämnder: ${body.name}`} onClick={() => showBody(body.bodyId)}>
        Visa i Nämnder
      </button>
    </li>
  );
}

export function AnswerItem({ answer, today }: { answer: AnswerDue; today: string }) {
  const n = answer.recommendations.length;
  const passed = answer.answerDue < today;
  return (
    <li className="todo-item" data-audit-id={answer.auditId}>
      <div className="todo-item-text">
        <span className="todo-item-name">{answer.bodyName}</span>
        <span className="todo-meta">
          Svar saknas på {count(n, NOUNS.rekommendation)} i ”{answer.auditTitle}”.
          {' '}Svar senast {formatDate(answer.answerDue)}
          {passed ? <strong className="todo-late"> – passerat {relativeDays(today, answer.answerDue)}</strong> : ` (${relativeDays(today, answer.answerDue)})`}
        </span>
      </div>
      <button type="button" className="button" aria-label={`Öppna Granskningar: ${answer.bodyName}`}
        onClick={() => useUiStore.getState().show('granskningar')}>
        Öppna Granskningar
      </button>
    </li>
  );
}

/** An åtgärd without a lägesrapport this year: when it was last reported, and who leads it. */
export function UnreportedItem({ action }: { action: ActionStatusRow }) {
  return <ActionRow action={action} meta={action.latestReportedOn ? `Senaste lägesrapport ${formatDate(action.latestReportedOn)}` : 'Ingen lägesrapport'} />;
}

/** The plan's revision is overdue: when it was due, one click from the plan's revision history. */
export function RevisionItem({ plan, nextDue, today }: { plan: Plan; nextDue: string; today: string }) {
  return (
    <li className="todo-item" data-revision-due={nextDue}>
      <div className="todo-item-text">
        <span className="todo-item-name">Revidera planen</span>
        <span className="todo-meta">
          Ska revideras {plan.revisionIntervalYears ? revisionIntervalLabel(plan.revisionIntervalYears) : ''}; skulle ha reviderats senast {formatDate(nextDue)}
          <strong className="todo-late"> – passerat {relativeDays(today, nextDue)}</strong>
        </span>
      </div>
      <button type="button" className="button" onClick={() => useUiStore.getState().show('plan')}>Visa revideringar</button>
    </li>
  );
}
