import type { ServiceContext } from '../context';
import type { Audit, AuditQuestion, Body, RecommendationResponse } from '@shared/domain/types';
import { invalid, notFound } from '@shared/errors';
import { getAudit } from './audits';
import { getAuditResponse } from './responseDrafts';
import { getSettings } from '../settings/documentSettings';
import type { Logo } from '@shared/domain/settings';
import type { AuditResponseFields } from '@shared/domain/auditResponse';

/** One recommendation as the nämnd's answer quotes it, with the nämnd's own answer. */
export interface ResponseItem {
  /** 1-based, as numbered in the granskning. */
  number: number;
  text: string;
  /** As written in the svar: the planned measure, who is responsible and when it is to be done. Not the live follow-up status. */
  answer: Pick<RecommendationResponse, 'response' | 'plannedMeasures' | 'responsible' | 'deadline'>;
  /** Åtgärder of the plan linked to the recommendation: "5.1 Kartlägga våldet". */
  linkedActions: string[];
  /** The other nämnder the same recommendation is addressed to. */
  alsoTo: NamedBody[];
}

/** A nämnd, styrelse or bolag as the svar names it: its kind decides its case mid-sentence. */
export type NamedBody = Pick<Body, 'name' | 'kind'>;

/** A recommendation the granskning addresses to other nämnder only: the yttrande may comment on them. */
export interface OtherRecommendation {
  number: number;
  text: string;
  to: NamedBody[];
}

/** Everything the svar på revisionsrapport is written from, in either form (seeds 002 and 003). */
export interface ResponseModel {
  body: NamedBody;
  /** Inställningar's kommun, else the plan's. */
  municipality: string;
  /** Inställningar's förvaltning: where the tjänsteutlåtande comes from. */
  administration: string;
  logo: Logo | null;
  /** The nämnd's own texts for this svar (contact, sammanfattning, stance, signatures …). */
  draft: AuditResponseFields;
  others: OtherRecommendation[];
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
  const others: OtherRecommendation[] = [];
  audit.recommendations.forEach((rec, index) => {
    const answer = rec.addressees.find((a) => a.bodyId === input.bodyId);
    if (!answer) {
      others.push({ number: index + 1, text: rec.text, to: rec.addressees.map((a) => bodies.get(a.bodyId)!) });
      return;
    }
    items.push({
      number: index + 1,
      text: rec.text,
      answer: { response: answer.response, plannedMeasures: answer.plannedMeasures, responsible: answer.responsible, deadline: answer.deadline },
      linkedActions: rec.actionIds.map((id) => (actionName.get(id) as { name: string }).name),
      alsoTo: rec.addressees.filter((a) => a.bodyId !== input.bodyId).map((a) => bodies.get(a.bodyId)!),
    });
  });
  if (items.length === 0 && !audit.auditedBodyIds.includes(input.bodyId)) {
    throw invalid('bodyId', `${body.name} är inte granskad i ”${audit.title}” och har inga rekommendationer att svara på.`);
  }
  const plan = ctx.db.prepare("SELECT municipality FROM plan WHERE municipality <> '' ORDER BY id LIMIT 1").get() as { municipality: string } | undefined;
  const settings = getSettings(ctx);
  const { questions, recommendations, ...record } = audit;
  const { auditId: _auditId, bodyId: _bodyId, updatedAt: _updatedAt, ...draft } = getAuditResponse(ctx, input);
  return {
    body,
    municipality: settings.municipality || (plan?.municipality ?? ''),
    administration: settings.administration,
    logo: settings.logo,
    draft,
    others,
    date: ctx.today(),
    audit: record,
    auditedBodies: audit.auditedBodyIds.map((id) => bodies.get(id)!),
    questions,
    items,
    recommendationCount: recommendations.length,
  };
}
