import type { ServiceContext } from '../context';
import type { Plan } from '@shared/domain/types';
import type { RevisionStatus } from '@shared/domain/planRevision';
import type { SuggestedFinding } from '@shared/domain/reportFinding';
import { latestStopDecided } from '@shared/domain/reporting';
import { revisionIntervalLabel } from '@shared/labels';
import { NOUNS, PARTICIPLES, agree, bodyInText, dateInText, namedItems, sentence } from '@shared/text';
import { listActionStatus } from '../plan/actionStatus';
import { getPlan } from '../plan/plans';
import { getRevisionStatus } from '../plan/revisions';
import { reportAsOf } from './reportYear';

/**
 * Iakttagelser the app suggests for a report year, from what it knows as of the year's report date,
 * in a revisor's voice (kinds in shared/domain/reportFinding.ts). They are printed until the
 * strateg rewrites or removes them (reportFindings.ts).
 */
/** "kommunfullmäktige", as a decided-by text reads mid-sentence. */
function instans(name: string): string {
  return bodyInText({ name, kind: 'namnd' });
}

export function revisionFindingText(plan: Pick<Plan, 'revisionIntervalYears'>, status: RevisionStatus): string | null {
  if (!status.overdue || status.nextDue === null || plan.revisionIntervalYears === null) return null;
  const every = revisionIntervalLabel(plan.revisionIntervalYears);
  const due = `En revidering skulle ha beslutats senast den ${dateInText(status.nextDue)}.`;
  if (status.lastRevision === null) {
    return `Vi noterar att handlingsplanen ska revideras ${every} men att den inte har reviderats sedan den beslutades. ${due}`;
  }
  const { revisedOn, decidedBy, diaryNumber } = status.lastRevision;
  const by = decidedBy.trim() ? ` av ${instans(decidedBy)}` : '';
  const dnr = diaryNumber.trim() ? ` (dnr ${diaryNumber.trim()})` : '';
  return `Vi noterar att handlingsplanen ska revideras ${every}. Den reviderades senast den ${dateInText(revisedOn)}${by}${dnr}, `
    + `och nästa revidering skulle ha beslutats senast den ${dateInText(status.nextDue)}.`;
}

export function stoppedWithoutDecisionText(names: string[]): string {
  return sentence(`Vi noterar att ${namedItems(NOUNS.atgard, names)} har rapporterats som ${agree(PARTICIPLES.avbruten, names.length, NOUNS.atgard)} `
    + 'utan att det framgår vilken instans som har beslutat det eller när. Ett avbrott utan beslut räknas mot området i vår bedömning');
}

export function suggestFindings(ctx: ServiceContext, planId: number, year: number): SuggestedFinding[] {
  const plan = getPlan(ctx, planId);
  const asOf = reportAsOf(ctx, plan, year);
  const suggestions: SuggestedFinding[] = [];
  const revision = revisionFindingText(plan, getRevisionStatus(ctx, { planId, asOf }));
  if (revision) suggestions.push({ key: 'revision', areaId: null, text: revision });
  const stopped = listActionStatus(ctx, { planId, asOf }).filter((a) => a.effectiveStatus === 'avbruten' && !latestStopDecided(a));
  for (const areaId of [...new Set(stopped.map((a) => a.areaId))]) {
    const names = stopped.filter((a) => a.areaId === areaId).map((a) => a.number || a.title);
    suggestions.push({ key: 'avbruten-utan-beslut', areaId, text: stoppedWithoutDecisionText(names) });
  }
  return suggestions;
}
