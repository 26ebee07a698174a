import { formatDate } from '@shared/dates';
import { authorLine } from '@shared/domain/settings';
import type { ReportBlock, ReportChapter, ReportModel, ReportTextField } from '@shared/report/model';
import { statusCountsSentence } from '@shared/report/statusSentence';
import {
  agree, count, countAtStart, dateInText, namedItems, NOUNS, PARTICIPLES, percentText as percent, pronounFor,
} from '@shared/text';
import { textToBlocks } from '@shared/report/textBlocks';
import { chartBlock, countStatuses, fieldMaker, ReportTexts, type SavedTexts } from './reportParts';
import type { ReportData } from './reportData';
import type { AuditWithLines, RecommendationLine } from './recommendationData';

/**
 * The status of the revisorernas rekommendationer: per granskning and nämnd, the rekommendation,
 * the nämnd's svar, the planned measure, its deadline and status — what the revisorer ask for
 * when they follow up their own audits.
 */
export const RECOMMENDATION_KEYS = { summary: 'granskningar.sammanfattning', author: 'titel.upprattad_av' };

/** The åtgärder the lead sentence counts: those the nämnder planned in their answers. */
const PLANNED = 'som nämnderna har planerat med anledning av rekommendationerna';

function countsOf(lines: RecommendationLine[]) {
  return countStatuses(lines.map((l) => ({ effectiveStatus: l.status })));
}

function summaryDefault(data: ReportData, audits: AuditWithLines[]): string {
  const lines = audits.flatMap((a) => a.lines);
  if (lines.length === 0) return `Det finns inga rekommendationer från granskningar rapporterade till och med ${dateInText(data.asOf)}.`;
  const counts = countsOf(lines);
  const atgard = NOUNS.atgard;
  return `Sammanställningen omfattar ${count(audits.length, NOUNS.granskning)} med sammanlagt ${count(lines.length, NOUNS.svar)} `
    + `från nämnderna på revisionens rekommendationer. Av de planerade åtgärderna är ${percent(counts.genomford, lines.length)} genomförda.`
    + (counts.forsenad > 0
      ? ` ${countAtStart(counts.forsenad, atgard)} har passerat det datum då ${pronounFor(counts.forsenad, atgard)} skulle vara ${agree(PARTICIPLES.klar, counts.forsenad, atgard)}.`
      : '');
}

export function recommendationFields(data: ReportData, audits: AuditWithLines[], saved: SavedTexts): ReportTextField[] {
  const field = fieldMaker(saved);
  return [
    field(RECOMMENDATION_KEYS.author, 'Titelsida', 'Upprättad av', authorLine(data.settings)),
    field(RECOMMENDATION_KEYS.summary, 'Sammanfattning', 'Sammanfattning', summaryDefault(data, audits)),
  ];
}

function auditChapter(entry: AuditWithLines, index: number): ReportChapter {
  const { audit, lines } = entry;
  const facts = [audit.auditor && `Granskare: ${audit.auditor}.`, audit.reportDate && `Rapportdatum ${formatDate(audit.reportDate)}.`,
    audit.diaryNumber && `Diarienummer ${audit.diaryNumber}.`, audit.answerDue && `Svar senast ${formatDate(audit.answerDue)}.`].filter(Boolean).join(' ');
  const blocks: ReportBlock[] = [
    ...(facts ? [{ type: 'paragraph', emphasis: 'note', text: facts } as ReportBlock] : []),
    ...(audit.purpose ? [{ type: 'heading', level: 2, text: 'Syfte' } as ReportBlock, ...textToBlocks(audit.purpose)] : []),
    ...(audit.summaryAssessment ? [{ type: 'heading', level: 2, text: 'Revisorernas sammanfattande bedömning' } as ReportBlock, ...textToBlocks(audit.summaryAssessment)] : []),
  ];
  const bodies = [...new Set(lines.map((l) => l.bodyName))].sort((a, b) => a.localeCompare(b, 'sv'));
  for (const body of bodies) {
    const own = lines.filter((l) => l.bodyName === body);
    blocks.push({ type: 'heading', level: 2, text: body });
    blocks.push({ type: 'paragraph', text: statusCountsSentence(own.length, countsOf(own), NOUNS.rekommendation) });
    blocks.push({
      type: 'table', caption: `Rekommendationer till ${body}`,
      columns: [{ label: 'Rekommendation', weight: 4 }, { label: 'Svar', weight: 4 }, { label: 'Planerad åtgärd', weight: 4 }, { label: 'Klart senast', weight: 2, nowrap: true }, { label: 'Status', weight: 2, nowrap: true }],
      rows: own.map((l) => [
        l.text, l.response || 'Inget svar registrerat.',
        [l.plannedMeasures, l.actionNumbers.length > 0 ? `Kopplad till ${namedItems(NOUNS.atgard, l.actionNumbers)} i handlingsplanen.` : ''].filter(Boolean).join(' ') || '–',
        formatDate(l.deadline), { status: l.status },
      ]),
    });
  }
  if (lines.length === 0) blocks.push({ type: 'paragraph', text: 'Granskningen har inga registrerade rekommendationer.' });
  return { id: `granskning-${audit.id}`, number: String(index + 1), title: audit.title, blocks };
}

export function buildRecommendationsReport(data: ReportData, audits: AuditWithLines[], fields: ReportTextField[]): ReportModel {
  const texts = new ReportTexts(fields);
  const lines = audits.flatMap((a) => a.lines);
  const counts = countsOf(lines);
  const title = `Status för revisionens rekommendationer ${data.year}`;
  return {
    kind: 'rekommendationer', planId: data.plan.id, year: data.year, bodyId: null, asOf: data.asOf, closed: null,
    documentTitle: `${title} – ${data.municipality}`,
    titlePage: {
      municipality: data.municipality, title, subtitle: 'Nämndernas svar och åtgärder med anledning av revisorernas granskningar',
      asOf: data.asOf, date: data.today, author: texts.get(RECOMMENDATION_KEYS.author), diaryNumber: '',
    },
    chapters: [
      {
        id: 'sammanfattning', number: null, title: 'Sammanfattning',
        blocks: [
          ...(lines.length > 0 ? [{ type: 'paragraph', emphasis: 'lead', text: statusCountsSentence(lines.length, counts, NOUNS.atgard, PLANNED) } as ReportBlock] : []),
          ...textToBlocks(texts.get(RECOMMENDATION_KEYS.summary)),
          ...(lines.length > 0 ? [chartBlock('Status för nämndernas åtgärder med anledning av rekommendationerna', counts, lines.length)] : []),
        ],
      },
      ...audits.map(auditChapter),
    ],
  };
}
