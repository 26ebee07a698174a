import type { ServiceContext } from '../context';
import type { ParsedInput } from '@shared/api/contract';
import type { Action, Recommendation } from '@shared/domain/types';
import { invalid } from '@shared/errors';
import { inTransaction } from '../records';
import { createAction } from '../plan/actions';
import { getAuditRecord } from './audits';
import { getRecommendation, linkRecommendationAction, listRecommendations } from './recommendations';

/** An åtgärd's title is short text; a recommendation can be a paragraph. */
const TITLE_MAX = 300;

/** The recommendation's first sentence, cut at a word if it is still too long for a title. */
export function titleFromRecommendation(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  if (sentence.length <= TITLE_MAX) return sentence.replace(/\.$/, '');
  const cut = sentence.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * As its schema gives it (shared/api/audit.ts): the nämnd becomes huvudansvarig; the title defaults
 * to the recommendation's first sentence, the deadline to the nämnd's own for the recommendation.
 */
export type ActionFromRecommendationInput = ParsedInput<'createActionFromRecommendation'>;

/**
 * Turns a recommendation into an åtgärd of the plan in one step: the åtgärd gets the
 * recommendation's text, the nämnd as huvudansvarig and the nämnd's planned measures, and is
 * linked to the recommendation — one transaction, so one Ctrl+Z takes all of it back.
 */
export function createActionFromRecommendation(ctx: ServiceContext, input: ActionFromRecommendationInput): { action: Action; recommendation: Recommendation } {
  return inTransaction(ctx, () => {
    const recommendation = getRecommendation(ctx, input.recommendationId);
    const addressee = recommendation.addressees.find((a) => a.bodyId === input.bodyId);
    if (!addressee) {
      const body = ctx.db.prepare('SELECT name FROM body WHERE id = ?').get(input.bodyId) as { name: string } | undefined;
      throw invalid('bodyId', body ? `Rekommendationen är inte riktad till ${body.name}.` : `Okänd nämnd (id ${input.bodyId}).`);
    }
    const audit = getAuditRecord(ctx, recommendation.auditId);
    const number = listRecommendations(ctx, audit.id).findIndex((r) => r.id === recommendation.id) + 1;
    const origin = `Från rekommendation ${number} i granskningen ”${audit.title}”${audit.diaryNumber ? ` (${audit.diaryNumber})` : ''}.`;
    const action = createAction(ctx, {
      areaId: input.areaId,
      number: input.number,
      title: input.title ?? titleFromRecommendation(recommendation.text),
      description: `${recommendation.text}\n\n${origin}`,
      proposedMeasures: addressee.plannedMeasures,
      startDate: null,
      deadline: input.deadline ?? addressee.deadline,
      indicatorText: '',
      responsible: [{ bodyId: input.bodyId, role: 'huvudansvarig' }],
    });
    linkRecommendationAction(ctx, { recommendationId: recommendation.id, actionId: action.id });
    return { action, recommendation: getRecommendation(ctx, recommendation.id) };
  });
}
