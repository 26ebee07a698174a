import type { ActionStatusRow, Body } from '@shared/domain/types';
import { RHYTHM_LABEL, revisionIntervalLabel } from '@shared/labels';
import { agree, dateInText, namedItems, NOUNS, PARTICIPLES } from '@shared/text';
import { latestStopDecided } from '@shared/domain/reporting';
import type { ReportData } from './reportData';
import { missingAnswers, recommendationMismatches } from './recommendationChecks';
import { quoted } from './reportParts';

/**
 * The rekommendationer of the yearly report, one list per nämnd: in the order a revisor addresses
 * them (kommunstyrelsen first, then the nämnder in the plan's order, then the bolag), drawn from
 * everything the report finds — late åtgärder, missing reports, stops without beslut, a nämnd that
 * did not report, an overdue revision, and the granskningar's recommendations and svar.
 */
export function isKommunstyrelsen(body: Pick<Body, 'name'>): boolean {
  return /^kommunstyrelsen$/i.test(body.name.trim());
}

/** Nämnder the report can address: responsible for an åtgärd, or addressed by a granskning's recommendation. */
export function recommendationBodies(data: ReportData): Body[] {
  const firstSeen = new Map<number, number>();
  data.actions.forEach((a, index) => a.responsible.forEach((r) => {
    if (!firstSeen.has(r.bodyId)) firstSeen.set(r.bodyId, index);
  }));
  for (const line of data.inputs.audits.flatMap((a) => a.lines)) if (!firstSeen.has(line.bodyId)) firstSeen.set(line.bodyId, Number.MAX_SAFE_INTEGER);
  const rank = (b: Body) => (isKommunstyrelsen(b) ? 0 : b.kind === 'bolag' ? 2 : 1);
  return data.bodies.filter((b) => firstSeen.has(b.id))
    .sort((a, b) => rank(a) - rank(b) || firstSeen.get(a.id)! - firstSeen.get(b.id)! || a.name.localeCompare(b.name, 'sv'));
}

function names(actions: readonly ActionStatusRow[]): string[] {
  return actions.map((a) => a.number || a.title);
}

/** "nämnden", "styrelsen", "bolaget": how a recommendation refers back to the one it addresses. */
function selfName(body: Body): string {
  return { namnd: NOUNS.namnd, styrelse: NOUNS.styrelse, bolag: NOUNS.bolag }[body.kind].definite;
}

function actionLines(data: ReportData, body: Body): string[] {
  const atgard = NOUNS.atgard;
  const led = data.actions.filter((a) => a.responsible.some((r) => r.role === 'huvudansvarig' && r.bodyId === body.id));
  const late = led.filter((a) => a.effectiveStatus === 'forsenad');
  const unreported = led.filter((a) => a.effectiveStatus === 'ingen_uppfoljning' || (a.notReportedInYear && a.effectiveStatus !== 'forsenad'));
  const stopped = led.filter((a) => a.effectiveStatus === 'avbruten' && !latestStopDecided(a));
  const nextYear = String(data.year + 1);
  const dueSoon = led.filter((a) => a.effectiveStatus === 'ej_paborjad' && (a.deadline ?? '').startsWith(nextYear));
  // The kommunstyrelse is not asked to report to itself.
  const reportTo = isKommunstyrelsen(body) ? '' : ', och redovisa den för kommunstyrelsen';
  return [
    late.length > 0 ? `Ta fram en ny tidplan för ${namedItems(atgard, names(late))}, som är ${agree(PARTICIPLES.forsenad, late.length, atgard)}${reportTo}.` : '',
    unreported.length > 0 ? `Lämna lägesrapport för ${namedItems(atgard, names(unreported))}, som saknar lägesrapport under ${data.year}.` : '',
    stopped.length > 0 ? `Redovisa vilken instans som beslutade att avbryta ${namedItems(atgard, names(stopped))} och när, eller återuppta arbetet.` : '',
    dueSoon.length > 0
      ? `Påbörja ${namedItems(atgard, names(dueSoon))}, som ska vara ${agree(PARTICIPLES.klar, dueSoon.length, atgard)} under ${nextYear} men ännu inte har påbörjats.`
      : '',
  ];
}

function planLines(data: ReportData, body: Body): string[] {
  const { plan } = data;
  const { revision } = data.inputs;
  const silent = data.inputs.silentBodies.some((b) => b.id === body.id);
  return [
    isKommunstyrelsen(body) && revision.overdue && revision.nextDue && plan.revisionIntervalYears
      ? `Revidera handlingsplanen, som ska revideras ${revisionIntervalLabel(plan.revisionIntervalYears)} och skulle ha reviderats senast den ${dateInText(revision.nextDue)}.`
      : '',
    silent
      ? `Lämna lägesrapport ${RHYTHM_LABEL[plan.followUpRhythm].toLowerCase()} för de åtgärder som ${selfName(body)} ansvarar för; ingen lägesrapport lämnades under ${data.year}.`
      : '',
  ];
}

function auditLines(data: ReportData, body: Body): string[] {
  const mismatches = recommendationMismatches(data.inputs.audits, data.actions).filter((m) => m.line.bodyId === body.id);
  const missing = missingAnswers(data.inputs.audits, data.asOf).filter((m) => m.line.bodyId === body.id);
  const atgard = NOUNS.atgard;
  return [
    ...missing.map((m) => `Lämna svar på revisionens rekommendation ${quoted(m.line.text)}, som skulle ha besvarats senast den ${dateInText(m.answerDue)}.`),
    ...mismatches.map((m) => (m.kind === 'done_not_actions'
      ? `Pröva om revisionens rekommendation ${quoted(m.line.text)} är genomförd, när ${namedItems(atgard, names(m.actions))} inte är ${agree(PARTICIPLES.genomford, m.actions.length, atgard)}.`
      : `Uppdatera statusen för revisionens rekommendation ${quoted(m.line.text)}, när ${namedItems(atgard, names(m.actions))} redan är ${agree(PARTICIPLES.genomford, m.actions.length, atgard)}.`)),
  ];
}

/** The default list for one nämnd, one recommendation per "- " line. */
export function recommendationsDefault(data: ReportData, body: Body): string {
  return [...planLines(data, body), ...actionLines(data, body), ...auditLines(data, body)].filter(Boolean).map((l) => `- ${l}`).join('\n');
}
