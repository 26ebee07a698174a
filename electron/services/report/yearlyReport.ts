import type { Assessment } from '../../../shared/domain/status';
import type { ReportBlock, ReportChapter, ReportModel, ReportTextField } from '../../../shared/report/model';
import { ASSESSMENT_RULE } from '../../../shared/report/assessmentRule';
import { statusCountsSentence } from '../../../shared/report/statusSentence';
import { textToBlocks, textToItems } from '../../../shared/report/textBlocks';
import type { ReportData } from './reportData';
import {
  chartBlock, deadlineText, latestCommentText, leadBody, ReportTexts, responsibleText, statusCell,
} from './reportParts';
import { areaCounts, areaQuestion, decidedText, YEARLY_KEYS } from './yearlyTexts';
import { bodyAtStart, bodyInText, count, dateInText, joinList, NOUNS, numberInText } from '../../../shared/text';
import { periodText } from './reportYear';

/**
 * The yearly uppföljningsrapport, in the order of a municipal audit report (DESIGN.md § "The
 * yearly uppföljningsrapport"): Sammanfattande bedömning och rekommendationer, Inledning, one
 * chapter per utvecklingsområde ending in "Vår bedömning", Källförteckning and Bilaga 1.
 */
function assessmentOf(texts: ReportTexts, areaId: number): Assessment {
  const value = texts.get(YEARLY_KEYS.areaAssessment(areaId));
  return value === 'ja' || value === 'delvis' || value === 'nej' ? value : 'delvis';
}

function summaryChapter(data: ReportData, texts: ReportTexts): ReportChapter {
  const blocks: ReportBlock[] = [
    { type: 'paragraph', emphasis: 'lead', text: statusCountsSentence(data.summary.total, data.summary.counts) },
    ...textToBlocks(texts.get(YEARLY_KEYS.summary)),
    {
      type: 'table', caption: `Bedömning per utvecklingsområde ${data.year}`,
      columns: [{ label: 'Utvecklingsområde', weight: 3 }, { label: 'Åtgärder', weight: 1, nowrap: true }, { label: 'Genomförda', weight: 1, nowrap: true }, { label: 'Försenade', weight: 1, nowrap: true }, { label: 'Bedömning', weight: 1, nowrap: true }],
      rows: data.areas.map((area) => {
        const { counts, total } = areaCounts(data, area.id);
        const answer = assessmentOf(texts, area.id);
        return [area.name, String(total), String(counts.genomford), String(counts.forsenad), { ja: 'Ja', delvis: 'Delvis', nej: 'Nej' }[answer]];
      }),
    },
  ];
  for (const body of data.bodies) {
    const items = textToItems(texts.get(YEARLY_KEYS.recommendations(body.id)));
    if (items.length === 0) continue;
    blocks.push({ type: 'paragraph', text: `Med utgångspunkt i uppföljningen rekommenderas ${bodyInText(body)} att:` });
    blocks.push({ type: 'list', items });
  }
  return { id: 'sammanfattning', number: null, title: 'Sammanfattande bedömning och rekommendationer', blocks };
}

function introChapter(data: ReportData, texts: ReportTexts): ReportChapter {
  const counts = new Map<number, { lead: number; co: number }>();
  for (const action of data.actions) {
    for (const r of action.responsible) {
      const c = counts.get(r.bodyId) ?? { lead: 0, co: 0 };
      if (r.role === 'huvudansvarig') c.lead += 1; else c.co += 1;
      counts.set(r.bodyId, c);
    }
  }
  const bodies = data.bodies.filter((b) => counts.has(b.id)).map((b) => {
    const c = counts.get(b.id)!;
    // The noun after the first count only: "huvudansvarig för tre åtgärder och medansvarig för fem".
    const parts = [c.lead > 0 ? `huvudansvarig för ${count(c.lead, NOUNS.atgard)}` : '',
      c.co > 0 ? `medansvarig för ${c.lead > 0 ? numberInText(c.co) : count(c.co, NOUNS.atgard)}` : ''].filter(Boolean);
    return `${bodyAtStart(b)} – ${joinList(parts)}`;
  });
  const { plan } = data;
  const decision = [plan.name, decidedText(plan, false), plan.diaryNumber && `dnr ${plan.diaryNumber}`].filter(Boolean).join(', ');
  return {
    id: 'inledning', number: '1', title: 'Inledning',
    blocks: [
      { type: 'heading', level: 2, text: 'Bakgrund' },
      ...textToBlocks(texts.get(YEARLY_KEYS.background)),
      { type: 'heading', level: 2, text: 'Syfte och uppföljningsfrågor' },
      ...textToBlocks(texts.get(YEARLY_KEYS.purpose)),
      { type: 'list', items: data.areas.map((a) => areaQuestion(a.name)) },
      { type: 'heading', level: 2, text: 'Ansvariga nämnder' },
      ...textToBlocks(texts.get(YEARLY_KEYS.bodies)),
      { type: 'list', items: bodies },
      { type: 'heading', level: 2, text: 'Metod' },
      ...textToBlocks(texts.get(YEARLY_KEYS.method)),
      { type: 'heading', level: 3, text: 'Regel för förslag till bedömning' },
      { type: 'list', items: [...ASSESSMENT_RULE] },
      { type: 'heading', level: 2, text: 'Bedömningsgrunder' },
      ...textToBlocks(texts.get(YEARLY_KEYS.criteria)),
      { type: 'list', items: [decision + (periodText(plan) && !plan.name.includes(periodText(plan)) ? ` (planperiod ${periodText(plan)})` : '')] },
    ],
  };
}

function areaChapter(data: ReportData, texts: ReportTexts, areaIndex: number): ReportChapter {
  const area = data.areas[areaIndex];
  const actions = data.actions.filter((a) => a.areaId === area.id);
  const { counts, total } = areaCounts(data, area.id);
  return {
    id: `omrade-${area.id}`, number: String(areaIndex + 2), title: area.name,
    blocks: [
      ...textToBlocks(area.description),
      { type: 'paragraph', text: statusCountsSentence(total, counts) },
      {
        type: 'table', caption: `Åtgärder inom ${area.name}, status ${data.asOf}`,
        columns: [{ label: 'Nr', weight: 5, nowrap: true }, { label: 'Åtgärd', weight: 22 }, { label: 'Ansvarig', weight: 16 }, { label: 'Klart senast', weight: 12, nowrap: true },
          { label: 'Status', weight: 11, nowrap: true }, { label: 'Senaste lägesrapport', weight: 34 }],
        rows: actions.map((a) => [a.number, a.title, responsibleText(a), deadlineText(a), statusCell(a), latestCommentText(a)]),
      },
      chartBlock(`Åtgärdernas status inom ${area.name}`, counts, total),
      {
        type: 'assessment',
        rows: [{ question: areaQuestion(area.name), answer: assessmentOf(texts, area.id), motivation: texts.get(YEARLY_KEYS.areaMotivation(area.id)) }],
      },
    ],
  };
}

function sourcesChapter(data: ReportData): ReportChapter {
  const { plan } = data;
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: 'Styrdokument' },
    { type: 'list', items: [[plan.name, plan.decidedBy, plan.decidedOn, plan.diaryNumber].filter(Boolean).join(', ')] },
    { type: 'heading', level: 2, text: 'Dokumentation' },
  ];
  blocks.push(data.sources.length > 0
    ? { type: 'list', items: data.sources.map((s) => [s.title, s.publisher, s.publishedOn, s.reference].filter(Boolean).join(', ')) }
    : { type: 'paragraph', text: `Inga lägesrapporter under ${data.year} hänvisar till något dokument.` });
  if (data.protocols.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: 'Protokoll och minnesanteckningar' });
    blocks.push({ type: 'list', items: data.protocols.map((p) => `${p.title}, ${p.date}`) });
  }
  blocks.push({ type: 'heading', level: 2, text: 'Lägesrapporter' });
  blocks.push(data.reportsByBody.length > 0
    ? { type: 'list', items: data.reportsByBody.map((r) => `${r.bodyName ?? 'Utan angiven nämnd'}, ${count(r.reports, NOUNS.lagesrapport)} ${data.year}`) }
    : { type: 'paragraph', text: `Inga lägesrapporter lämnades under ${data.year}.` });
  return { id: 'kallor', number: null, title: 'Källförteckning', blocks };
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

export function buildYearlyReport(data: ReportData, fields: ReportTextField[]): ReportModel {
  const texts = new ReportTexts(fields);
  const title = `Uppföljning av handlingsplanen år ${data.year}`;
  return {
    kind: 'arsrapport', planId: data.plan.id, year: data.year, bodyId: null, asOf: data.asOf, closed: null,
    documentTitle: `${title} – ${data.plan.name}`,
    titlePage: {
      municipality: data.municipality, title, subtitle: data.plan.name, asOf: data.asOf, date: data.today,
      author: texts.get(YEARLY_KEYS.author), diaryNumber: texts.get(YEARLY_KEYS.diaryNumber),
    },
    chapters: [
      summaryChapter(data, texts),
      introChapter(data, texts),
      ...data.areas.map((_, i) => areaChapter(data, texts, i)),
      sourcesChapter(data),
      appendixChapter(data),
    ],
  };
}

