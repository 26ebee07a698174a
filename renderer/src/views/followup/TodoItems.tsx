import { formatDate } from '../../../../shared/dates';
import type { ActionStatusRow } from '../../../../shared/domain/types';
import { agree, count, nounFor, NOUNS, numberInText, PARTICIPLES } from '../../../../shared/text';
import { useFollowUpUiStore } from '../../stores/followUpUiStore';
import { useUiStore } from '../../stores/uiStore';
import { ActionLink, ReportButton } from './ActionLinks';
import { leadOf } from './deadlineGroups';
import { relativeDays } from './days';
import type { AnswerDue, SilentBody } from './todoRules';

/** The rows of Att göra; each ends in the button that leads to where it is handled. */

export function ActionItem({ action, today }: { action: ActionStatusRow; today: string }) {
  const lead = leadOf(action);
  return (
    <li className="todo-item" data-action-id={action.id}>
      <div className="todo-item-text">
        <ActionLink action={action} />
        <span className="todo-meta">
          Klart senast {formatDate(action.deadline)} ({relativeDays(today, action.deadline ?? today)})
          {lead && <> · {lead.bodyName}</>}
        </span>
      </div>
      <ReportButton action={action} />
    </li>
  );
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
