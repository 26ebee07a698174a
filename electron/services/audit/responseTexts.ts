import type { ResponseForm } from '@shared/domain/auditResponse';
import { bodyAtStart, bodyInText, count, dateInText, joinList, nameInText, NOUNS, numberInText, placeAndDate } from '@shared/text';
import type { NamedBody, OtherRecommendation, ResponseItem, ResponseModel } from './responseModel';

/**
 * The sentences of the Svar på revisionsrapport, written with shared/text: nämnder in lower case
 * mid-sentence (seeds 002 and 003 write "socialnämnden"), numbers in words, dates in words.
 */
function bodies(list: readonly NamedBody[]): string {
  return joinList(list.map(bodyInText));
}

export function auditor(model: ResponseModel): string {
  return model.audit.auditor.trim() || 'Revisorerna';
}

/**
 * "… har granskat kommunens arbete mot våld i nära relationer (rapport 2024-11-20, dnr REV 2024/9)."
 * The title's own "Granskning av" is left out so that the sentence reads naturally.
 */
export function auditSentence(model: ResponseModel): string {
  const { audit } = model;
  const subject = audit.title.trim().replace(/^granskning av\s+/i, '');
  const reference = [audit.reportDate && `rapport ${audit.reportDate}`, audit.diaryNumber && `dnr ${audit.diaryNumber}`].filter(Boolean).join(', ');
  return `${auditor(model)} har granskat ${subject ? nameInText(subject) : 'kommunens arbete'}${reference ? ` (${reference})` : ''}.`;
}

export function scopeSentence(model: ResponseModel): string {
  return model.auditedBodies.length > 0 ? `Granskningen omfattar ${bodies(model.auditedBodies)}.` : '';
}

export function addressedSentence(model: ResponseModel): string {
  const body = bodyInText(model.body);
  const n = model.items.length;
  if (n === 0) return `Granskningen riktar inga rekommendationer till ${body}.`;
  if (n === model.recommendationCount) {
    if (n === 1) return `Rapportens enda rekommendation riktas till ${body}.`;
    return n === 2 ? `Båda rapportens rekommendationer riktas till ${body}.` : `Alla rapportens ${numberInText(n)} rekommendationer riktas till ${body}.`;
  }
  return `Till ${body} riktas ${numberInText(n)} av rapportens ${count(model.recommendationCount, NOUNS.rekommendation)}.`;
}

export function decisionSentence(model: ResponseModel): string {
  return `${bodyAtStart(model.body)} godkänner förvaltningens tjänsteutlåtande som svar på revisionsrapporten och överlämnar det till revisorerna.`;
}

export function proposalSentence(model: ResponseModel): string {
  return `Förvaltningen föreslår att ${bodyInText(model.body)} godkänner detta tjänsteutlåtande som svar på revisionsrapporten.`;
}

/** "Norrbro Revision har den 20 november 2024 lämnat revisionsrapporten ”…” och överlämnat den till kommunstyrelsen och socialnämnden." */
export function backgroundSentences(model: ResponseModel): string {
  const { audit } = model;
  const reported = audit.reportDate ? ` den ${dateInText(audit.reportDate)}` : '';
  const handedTo = model.auditedBodies.length > 0 ? ` och överlämnat den till ${bodies(model.auditedBodies)}` : '';
  const due = audit.answerDue ? ` Svaret ska ha inkommit senast den ${dateInText(audit.answerDue)}.` : '';
  return `${auditor(model)} har${reported} lämnat revisionsrapporten ”${audit.title}”${handedTo}.${due}`;
}

export function alsoToSentence(alsoTo: readonly NamedBody[]): string {
  return alsoTo.length > 0 ? `Rekommendationen riktas också till ${bodies(alsoTo)}.` : '';
}

/** "Planerade åtgärder: … Ansvarig: … Klart senast 30 juni 2025." — as written in the svar, never the follow-up status. */
export function plannedLine(answer: ResponseItem['answer']): string {
  const measures = answer.plannedMeasures.trim().replace(/[.]$/, '');
  return [
    measures && `Planerade åtgärder: ${measures}.`,
    answer.responsible.trim() && `Ansvarig: ${answer.responsible.trim()}.`,
    answer.deadline && `Klart senast ${dateInText(answer.deadline)}.`,
  ].filter(Boolean).join(' ');
}

/** Ärendets beredning when the förvaltning has written none: where it was prepared. */
export function preparationDefault(model: ResponseModel): string {
  return model.administration.trim() ? `Ärendet har beretts inom ${nameInText(model.administration.trim())}.` : '';
}

/** The sentence before the quoted recommendations. */
export function recommendationsLead(model: ResponseModel, form: ResponseForm): string {
  const body = bodyInText(model.body);
  const n = model.items.length;
  if (form === 'yttrande') {
    return n === 1
      ? `Nedan beskrivs vad ${body} planerar att göra med anledning av den rekommendation som revisorerna riktar till nämnden.`
      : `Nedan beskrivs vad ${body} planerar att göra med anledning av de ${numberInText(n)} rekommendationer som revisorerna riktar till nämnden.`;
  }
  return n === 1
    ? `Nedan citeras rekommendationen till ${body}, följd av förvaltningens svar.`
    : `Nedan citeras var och en av de ${numberInText(n)} rekommendationerna till ${body}, följd av förvaltningens svar.`;
}

/** "Beslutat av socialnämnden den 12 december 2024, § 123." */
export function decisionLine(model: ResponseModel): string {
  const { decidedOn, paragraph } = model.draft;
  const section = paragraph.trim() ? `, ${/^§/.test(paragraph.trim()) ? paragraph.trim() : `§ ${paragraph.trim()}`}` : '';
  return `Beslutat av ${bodyInText(model.body)}${decidedOn ? ` den ${dateInText(decidedOn)}` : ''}${section}.`;
}

/** "Åsbacka den 12 december 2024": the kommun's name without "kommun"; without a name, "Den 12 december 2024". */
export function placeLine(model: ResponseModel, iso: string): string {
  const place = model.municipality.replace(/\s+kommun$/i, '').trim();
  return place ? placeAndDate(place, iso) : `Den ${dateInText(iso)}`;
}

/** "Säkerställa … (till kommunstyrelsen och Åsbackahem AB)" */
export function otherRecommendationLine(other: OtherRecommendation): string {
  return `${other.text.trim()} (till ${bodies(other.to)})`;
}
