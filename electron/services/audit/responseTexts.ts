import { bodyAtStart, bodyInText, count, dateInText, joinList, nameInText, NOUNS, numberInText } from '../../../shared/text';
import type { NamedBody, ResponseModel } from './responseModel';

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
    return n === 1 ? `Rapportens enda rekommendation riktas till ${body}.` : `Alla rapportens ${numberInText(n)} rekommendationer riktas till ${body}.`;
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
