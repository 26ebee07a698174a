import { STATUS_LABEL } from '@shared/labels';
import type { ReportBlock, ReportChapter } from '@shared/report/model';
import type { EffectiveStatus } from '@shared/domain/status';
import { agree, bodyInText, count, dateInText, joinList, namedItems, NOUNS, PARTICIPLES, type Participle } from '@shared/text';
import type { ReportData } from './reportData';
import { missingAnswers, recommendationMismatches, type RecommendationMismatch } from './recommendationChecks';
import { quoted } from './reportParts';

/**
 * The granskningar chapter: what the revisorer recommended and how the nämnder follow it up — open
 * recommendations per nämnd, recommendations whose status disagrees with the åtgärder they are
 * linked to, and svar that are overdue ("Svar saknas – skulle ha lämnats 28 februari 2025").
 */
export function missingAnswerText(answerDue: string): string {
  return `Svar saknas – skulle ha lämnats ${dateInText(answerDue)}`;
}

/** How a linked åtgärd that is behind is described. */
const BEHIND: Partial<Record<EffectiveStatus, Participle>> = {
  forsenad: PARTICIPLES.forsenad, ej_paborjad: PARTICIPLES.ejPaborjad, ingen_uppfoljning: PARTICIPLES.utanUppfoljning,
};

function mismatchText(m: RecommendationMismatch, data: ReportData): string {
  const body = data.bodies.find((b) => b.id === m.line.bodyId);
  const to = body ? bodyInText(body) : m.line.bodyName;
  const atgard = NOUNS.atgard;
  const numbers = m.actions.map((a) => a.number || a.title);
  const linked = numbers.length === 1 ? `den kopplade ${atgard.definite} ${numbers[0]}` : `de kopplade ${namedItems(atgard, numbers)}`;
  if (m.kind === 'done_not_actions') {
    const states = joinList([...new Set(m.actions.map((a) => agree(BEHIND[a.effectiveStatus] ?? PARTICIPLES.forsenad, m.actions.length, atgard)))]);
    return `Rekommendationen ${quoted(m.line.text)} till ${to} är markerad som genomförd, men ${linked} är ${states}.`;
  }
  return `Rekommendationen ${quoted(m.line.text)} till ${to} är ${STATUS_LABEL[m.line.status].toLowerCase()}, men ${linked} är ${agree(PARTICIPLES.genomford, m.actions.length, atgard)}.`;
}

export function auditChapter(data: ReportData, number: string): ReportChapter {
  const audits = data.inputs.audits;
  const lines = audits.flatMap((a) => a.lines);
  const intro: ReportBlock = audits.length === 0
    ? { type: 'paragraph', text: `Det finns inga granskningar från revisionen rapporterade till och med ${dateInText(data.asOf)}.` }
    : { type: 'paragraph', text: `Uppföljningen omfattar ${count(audits.length, NOUNS.granskning)} med sammanlagt ${count(new Set(lines.map((l) => l.text)).size, NOUNS.rekommendation)}: `
      + `${joinList(audits.map(({ audit }) => `${quoted(audit.title)}${audit.reportDate ? ` (rapport ${dateInText(audit.reportDate)}${audit.diaryNumber ? `, dnr ${audit.diaryNumber}` : ''})` : ''}`))}.` };
  if (audits.length === 0) return { id: 'granskningar', number, title: 'Granskningar och rekommendationer', blocks: [intro] };

  const missing = missingAnswers(audits, data.asOf);
  const byBody = [...new Set(lines.map((l) => l.bodyId))].map((bodyId) => {
    const own = lines.filter((l) => l.bodyId === bodyId);
    return [own[0].bodyName, String(own.length), String(own.filter((l) => l.status !== 'genomford' && l.status !== 'avbruten').length),
      String(missing.filter((m) => m.line.bodyId === bodyId).length)];
  }).sort((a, b) => a[0].localeCompare(b[0], 'sv'));
  const mismatches = recommendationMismatches(audits, data.actions);
  return {
    id: 'granskningar', number, title: 'Granskningar och rekommendationer',
    blocks: [
      intro,
      { type: 'heading', level: 2, text: 'Öppna rekommendationer per nämnd' },
      { type: 'table', caption: `Rekommendationer per nämnd, status ${data.asOf}`, rows: byBody,
        columns: [{ label: 'Nämnd eller bolag', weight: 4 }, { label: 'Rekommendationer', weight: 2, nowrap: true }, { label: 'Öppna', weight: 1, nowrap: true },
          { label: 'Svar saknas', weight: 2, nowrap: true }] },
      { type: 'heading', level: 2, text: 'Rekommendationer och åtgärder som inte stämmer överens' },
      mismatches.length > 0
        ? { type: 'list', items: mismatches.map((m) => mismatchText(m, data)) }
        : { type: 'paragraph', text: 'Vi har inte funnit någon rekommendation vars status avviker från de åtgärder den är kopplad till.' },
      { type: 'heading', level: 2, text: 'Svar som saknas' },
      missing.length > 0
        ? { type: 'table', caption: `Svar på revisionens rekommendationer som saknas ${data.asOf}`,
          columns: [{ label: 'Rekommendation', weight: 6 }, { label: 'Nämnd eller bolag', weight: 3 }, { label: 'Svar', weight: 4 }],
          rows: missing.map((m) => [m.line.text, m.line.bodyName, missingAnswerText(m.answerDue)]) }
        : { type: 'paragraph', text: 'Samtliga nämnder har lämnat svar på de rekommendationer som riktats till dem.' },
    ],
  };
}
