import type { EditorQuestion, ReportBlock, ReportChapter, ReportModel, ReportTextField } from '@shared/report/model';
import { ASSESSMENT_LABEL } from '@shared/labels';
import { ASSESSMENT_RULE } from '@shared/report/assessmentRule';
import { statusCountsSentence } from '@shared/report/statusSentence';
import { textToBlocks, textToItems } from '@shared/report/textBlocks';
import { bodyAtStart, bodyInText, capitalise, count, dateInText, joinList, NOUNS, numberInText } from '@shared/text';
import { areaAnswer } from './areaJudgement';
import { areaChapter } from './areaChapter';
import { auditChapter } from './auditChapter';
import { indicatorChapter } from './indicatorChapter';
import { planChapter } from './planChapter';
import type { ReportData } from './reportData';
import { countStatuses, deadlineText, leadBody, ReportTexts, statusCell } from './reportParts';
import { signatureBlock, sourcesChapter, yearSources } from './sourcesChapter';
import { recommendationBodies } from './yearlyRecommendations';
import { YEARLY_KEYS } from './yearlyTexts';

/**
 * The yearly uppföljningsrapport, in the order of a municipal audit report (seed 001; DESIGN.md §
 * "The yearly uppföljningsrapport"): Sammanfattande bedömning och rekommendationer, Inledning
 * (with Avgränsning, Metod and Bedömningsgrunder), the plan's own styrning och uppföljning, one
 * chapter per utvecklingsområde ending in Vår bedömning, the indicators, the granskningar, the
 * signature, Källförteckning and Bilaga 1.
 */
function summaryChapter(data: ReportData, texts: ReportTexts, questions: readonly EditorQuestion[]): ReportChapter {
  const blocks: ReportBlock[] = [
    { type: 'paragraph', emphasis: 'lead', text: statusCountsSentence(data.summary.total, data.summary.counts) },
    ...textToBlocks(texts.get(YEARLY_KEYS.summary)),
    {
      type: 'table', caption: `Bedömning per utvecklingsområde ${data.year}`,
      columns: [{ label: 'Utvecklingsområde', weight: 3 }, { label: 'Åtgärder', weight: 1, nowrap: true }, { label: 'Genomförda', weight: 1, nowrap: true },
        { label: 'Försenade', weight: 1, nowrap: true }, { label: 'Ej rapporterade', weight: 1, nowrap: true }, { label: 'Bedömning', weight: 1, nowrap: true }],
      rows: data.areas.map((area) => {
        const actions = data.actions.filter((a) => a.areaId === area.id);
        const counts = countStatuses(actions);
        return [area.name, String(actions.length), String(counts.genomford), String(counts.forsenad), String(actions.filter((a) => a.notReportedInYear).length),
          ASSESSMENT_LABEL[areaAnswer(questions, area.id)]];
      }),
    },
  ];
  // Kommunstyrelsen first, then the nämnder in the plan's order, then the bolag.
  for (const body of recommendationBodies(data)) {
    const items = textToItems(texts.get(YEARLY_KEYS.recommendations(body.id)));
    if (items.length === 0) continue;
    blocks.push({ type: 'paragraph', text: `Med utgångspunkt i uppföljningen rekommenderas ${bodyInText(body)} att:` });
    blocks.push({ type: 'list', items });
  }
  return { id: 'sammanfattning', number: null, title: 'Sammanfattande bedömning och rekommendationer', blocks };
}

function responsibleBodies(data: ReportData): string[] {
  const counts = new Map<number, { lead: number; co: number }>();
  for (const action of data.actions) {
    for (const r of action.responsible) {
      const c = counts.get(r.bodyId) ?? { lead: 0, co: 0 };
      if (r.role === 'huvudansvarig') c.lead += 1; else c.co += 1;
      counts.set(r.bodyId, c);
    }
  }
  return data.bodies.filter((b) => counts.has(b.id)).map((b) => {
    const c = counts.get(b.id)!;
    // The noun after the first count only: "huvudansvarig för tre åtgärder och medansvarig för fem".
    const parts = [c.lead > 0 ? `huvudansvarig för ${count(c.lead, NOUNS.atgard)}` : '',
      c.co > 0 ? `medansvarig för ${c.lead > 0 ? numberInText(c.co) : count(c.co, NOUNS.atgard)}` : ''].filter(Boolean);
    return `${bodyAtStart(b)} – ${joinList(parts)}`;
  });
}

/** Named in Metod, whatever the strateg writes there: who did not report during the year. */
function silentBodiesBlock(data: ReportData): ReportBlock {
  const silent = data.inputs.silentBodies;
  return {
    type: 'paragraph',
    text: silent.length === 0
      ? `Samtliga nämnder och bolag som ansvarar för åtgärder som inte är avslutade har lämnat minst en lägesrapport under ${data.year}.`
      : `${capitalise(joinList(silent.map(bodyInText)))} har inte lämnat någon lägesrapport under ${data.year}, trots att de ansvarar för åtgärder som inte är avslutade.`,
  };
}

function introChapter(data: ReportData, texts: ReportTexts, questions: readonly EditorQuestion[]): ReportChapter {
  return {
    id: 'inledning', number: '1', title: 'Inledning',
    blocks: [
      { type: 'heading', level: 2, text: 'Bakgrund' },
      ...textToBlocks(texts.get(YEARLY_KEYS.background)),
      { type: 'heading', level: 2, text: 'Syfte och uppföljningsfrågor' },
      ...textToBlocks(texts.get(YEARLY_KEYS.purpose)),
      { type: 'list', items: [...new Set(questions.map((q) => q.question))] },
      { type: 'heading', level: 2, text: 'Avgränsning' },
      ...textToBlocks(texts.get(YEARLY_KEYS.scope)),
      { type: 'heading', level: 2, text: 'Ansvariga nämnder' },
      ...textToBlocks(texts.get(YEARLY_KEYS.bodies)),
      { type: 'list', items: responsibleBodies(data) },
      { type: 'heading', level: 2, text: 'Metod' },
      ...textToBlocks(texts.get(YEARLY_KEYS.method)),
      { type: 'heading', level: 3, text: 'Rapportering under året' },
      silentBodiesBlock(data),
      { type: 'heading', level: 3, text: 'Regel för förslag till bedömning' },
      { type: 'list', items: [...ASSESSMENT_RULE] },
      { type: 'heading', level: 2, text: 'Bedömningsgrunder' },
      ...textToBlocks(texts.get(YEARLY_KEYS.criteria)),
      { type: 'list', items: textToItems(texts.get(YEARLY_KEYS.criteriaList)) },
    ],
  };
}

function appendixChapter(data: ReportData): ReportChapter {
  return {
    id: 'bilaga-1', number: null, title: 'Bilaga 1 – Samtliga åtgärder och deras status',
    blocks: [
      { type: 'paragraph', text: `Tabellen visar planens samtliga åtgärder med status den ${dateInText(data.asOf)}.` },
      {
        type: 'table', caption: `Samtliga åtgärder, status ${data.asOf}`,
        columns: [{ label: 'Nr', weight: 1, nowrap: true }, { label: 'Åtgärd', weight: 6 }, { label: 'Utvecklingsområde', weight: 3 }, { label: 'Huvudansvarig', weight: 3 },
          { label: 'Klart senast', weight: 2, nowrap: true }, { label: 'Status', weight: 2, nowrap: true }],
        rows: data.actions.map((a) => [a.number, a.title, a.areaName, leadBody(a), deadlineText(a), statusCell(a)]),
      },
    ],
  };
}

export function buildYearlyReport(data: ReportData, fields: ReportTextField[], questions: readonly EditorQuestion[]): ReportModel {
  const texts = new ReportTexts(fields);
  const title = `Uppföljning av handlingsplanen år ${data.year}`;
  const sources = new Map(yearSources(data).map((s) => [s.id, s]));
  const numbered = [
    introChapter(data, texts, questions),
    planChapter(data, '2'),
    ...data.areas.map((area, i) => areaChapter(data, area, String(i + 3), questions, sources)),
    indicatorChapter(data, String(data.areas.length + 3)),
    auditChapter(data, String(data.areas.length + 4)),
  ];
  // Signed at the end of the last chapter, before the källförteckning, as in seed 001.
  numbered[numbered.length - 1].blocks.push(signatureBlock(data));
  return {
    kind: 'arsrapport', planId: data.plan.id, year: data.year, bodyId: null, asOf: data.asOf, closed: null,
    documentTitle: `${title} – ${data.plan.name}`,
    titlePage: {
      municipality: data.municipality, title, subtitle: data.plan.name, asOf: data.asOf, date: data.today,
      author: texts.get(YEARLY_KEYS.author), diaryNumber: texts.get(YEARLY_KEYS.diaryNumber),
    },
    chapters: [summaryChapter(data, texts, questions), ...numbered, sourcesChapter(data), appendixChapter(data)],
  };
}
