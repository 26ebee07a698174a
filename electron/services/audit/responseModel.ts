import type { ServiceContext } from '../context';
import type { Audit, AuditQuestion, Body, RecommendationResponse } from '../../../shared/domain/types';
import { invalid, notFound } from '../../../shared/errors';
import { getAudit } from './audits';

/** One recommendation as the nämnd's answer quotes it, with the nämnd's own answer. */
export interface ResponseItem {
  /** 1-based, as numbered in the granskning. */
  number: number;
  text: string;
  answer: Pick<RecommendationResponse, 'response' | 'plannedMeasures' | 'responsible' | 'deadline' | 'status'>;
  /** Åtgärder of the plan linked to the recommendation: "5.1 Kartlägga våldet". */
  linkedActions: string[];
  /** The other nämnder the same recommendation is addressed to. */
  alsoTo: NamedBody[];
}

/** A nämnd, styrelse or bolag as the svar names it: its kind decides its case mid-sentence. */
export type NamedBody = Pick<Body, 'name' | 'kind'>;

/** Everything the Svar på revisionsrapport draft is written from (seed 003's shape). */
export interface ResponseModel {
  body: NamedBody;
  municipality: string;
  /** The day the draft is made (ISO). */
  date: string;
  audit: Audit;
  auditedBodies: NamedBody[];
  questions: AuditQuestion[];
  items: ResponseItem[];
  /** How many recommendations the granskning has in all, to every nämnd. */
  recommendationCount: number;
}

/**
 * Reads the granskning, the nämnd's answers and the linked åtgärder. Refused when the nämnd is
 * neither audited nor addressed by a recommendation: it has nothing to answer.
 */
export function buildResponseModel(ctx: ServiceContext, input: { auditId: number; bodyId: number }): ResponseModel {
  const audit = getAudit(ctx, input.auditId);
  const bodies = new Map((ctx.db.prepare('SELECT id, name, kind FROM body').all() as (NamedBody & { id: number })[])
    .map(({ id, name, kind }) => [id, { name, kind }]));
  const body = bodies.get(input.bodyId);
  if (!body) throw notFound(`Nämnden finns inte (id ${input.bodyId}).`);
  const actionName = ctx.db.prepare("SELECT trim(number || ' ' || title) AS name FROM action WHERE id = ?");
  const items: ResponseItem[] = [];
  audit.recommendations.forEach((rec, index) => {
    const answer = rec.addressees.find((a) => a.bodyId === input.bodyId);
    if (!answer) return;
    items.push({
      number: index + 1,
      text: rec.text,
      answer,
      linkedActions: rec.actionIds.map((id) => (actionName.get(id) as { name: string }).name),
      alsoTo: rec.addressees.filter((a) => a.bodyId !== input.bodyId).map((a) => bodies.get(a.bodyId)!),
    });
  });
  if (items.length === 0 && !audit.auditedBodyIds.includes(input.bodyId)) {
    throw invalid('bodyId', `${body.name} är inte granskad i ”${audit.title}” och har inga rekommendationer att svara på.`);
  }
  const plan = ctx.db.prepare("SELECT municipality FROM plan WHERE municipality <> '' ORDER BY id LIMIT 1").get() as { municipality: string } | undefined;
  const { questions, recommendations, ...record } = audit;
  return {
    body,
    municipality: plan?.municipality ?? '',
    date: ctx.today(),
    audit: record,
    auditedBodies: audit.auditedBodyIds.map((id) => bodies.get(id)!),
    questions,
    items,
    recommendationCount: recommendations.length,
  };
}
