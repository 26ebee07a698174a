import type { ActionStatusRow, Body } from '@shared/domain/types';
import { authorLine } from '@shared/domain/settings';
import type { ReportBlock, ReportChapter, ReportModel, ReportTextField } from '@shared/report/model';
import { statusCountsSentence } from '@shared/report/statusSentence';
import {
  agree, bodyAtStart, bodyInText, capitalise, count, genitive, joinList, namedItems, NOUNS, numberInText, PARTICIPLES,
} from '@shared/text';
import { textToBlocks } from '@shared/report/textBlocks';
import type { ReportData } from './reportData';
import type { RecommendationLine } from './recommendationData';
import { chartBlock, countStatuses, deadlineText, fieldMaker, latestCommentText, ReportTexts, statusCell, type SavedTexts } from './reportParts';

/**
 * One nämnd's report for its own meeting: the åtgärder it is responsible for (as huvudansvarig or
 * medansvarig) with status and deadlines, what falls due next year, and the revisionens
 * rekommendationer addressed to it.
 */
export const BODY_KEYS = {
  author: 'titel.upprattad_av',
  summary: (bodyId: number) => `namnd.${bodyId}.sammanfattning`,
};

export function bodyActions(data: ReportData, bodyId: number): ActionStatusRow[] {
  return data.actions.filter((a) => a.responsible.some((r) => r.bodyId === bodyId));
}

function role(action: ActionStatusRow, bodyId: number): string {
  return action.responsible.find((r) => r.bodyId === bodyId)?.role === 'huvudansvarig' ? 'Huvudansvarig' : 'Medansvarig';
}

function dueNextYear(data: ReportData, actions: ActionStatusRow[]): ActionStatusRow[] {
  const next = String(data.year + 1);
  return actions.filter((a) => (a.deadline ?? '').startsWith(next) && a.effectiveStatus !== 'genomford' && a.effectiveStatus !== 'avbruten');
}

function summaryDefault(data: ReportData, body: Body): string {
  const actions = bodyActions(data, body.id);
  const lead = actions.filter((a) => role(a, body.id) === 'Huvudansvarig').length;
  const co = actions.length - lead;
  const late = actions.filter((a) => a.effectiveStatus === 'forsenad').map((a) => a.number || a.title);
  const due = dueNextYear(data, actions);
  const atgard = NOUNS.atgard;
  const roles = joinList([lead > 0 ? `huvudansvarig för ${numberInText(lead)}` : '', co > 0 ? `medansvarig för ${numberInText(co)}` : ''].filter(Boolean));
  return [
    `${bodyAtStart(body)} är ${roles} av handlingsplanens ${count(data.actions.length, atgard)}.`,
    late.length > 0
      ? `${capitalise(namedItems(atgard, late))} är ${agree(PARTICIPLES.forsenad, late.length, atgard)} och behöver en ny tidplan.`
      : 'Ingen av nämndens åtgärder är försenad.',
    due.length > 0 ? `Under ${data.year + 1} ska ${count(due.length, atgard)} vara ${agree(PARTICIPLES.klar, due.length, atgard)}.` : '',
  ].filter(Boolean).join(' ');
}

export function bodyFields(data: ReportData, body: Body, saved: SavedTexts): ReportTextField[] {
  const field = fieldMaker(saved);
  return [
    field(BODY_KEYS.author, 'Titelsida', 'Upprättad av', authorLine(data.settings)),
    field(BODY_KEYS.summary(body.id), 'Sammanfattning', 'Sammanfattning', summaryDefault(data, body)),
  ];
}

const COLUMNS = [{ label: 'Nr', weight: 1, nowrap: true }, { label: 'Åtgärd', weight: 5 }, { label: 'Roll', weight: 2 }, { label: 'Klart senast', weight: 2, nowrap: true },
  { label: 'Status', weight: 2, nowrap: true }, { label: 'Senaste lägesrapport', weight: 7 }];

/**
 * `ownRecommendations`: what the yearly report recommends this nämnd (the strateg's words where
 * saved), so the nämnd's own report says the same.
 */
export function buildBodyReport(data: ReportData, body: Body, recommendations: RecommendationLine[], fields: ReportTextField[],
  ownRecommendations: string[] = []): ReportModel {
  const texts = new ReportTexts(fields);
  const actions = bodyActions(data, body.id);
  const counts = countStatuses(actions);
  const chapters: ReportChapter[] = [{
    id: 'sammanfattning', number: null, title: 'Sammanfattning',
    blocks: [
      { type: 'paragraph', emphasis: 'lead', text: statusCountsSentence(actions.length, counts) },
      ...textToBlocks(texts.get(BODY_KEYS.summary(body.id))),
      chartBlock(`Status för ${genitive(bodyInText(body))} åtgärder`, counts, actions.length),
    ],
  }];
  for (const area of data.areas) {
    const own = actions.filter((a) => a.areaId === area.id);
    if (own.length === 0) continue;
    chapters.push({
      id: `omrade-${area.id}`, number: String(chapters.length), title: area.name,
      blocks: [
        { type: 'paragraph', text: statusCountsSentence(own.length, countStatuses(own)) },
        { type: 'table', caption: `${genitive(bodyAtStart(body))} åtgärder inom ${area.name}`, columns: COLUMNS,
          rows: own.map((a) => [a.number, a.title, role(a, body.id), deadlineText(a), statusCell(a), latestCommentText(a)]) },
      ],
    });
  }
  const due = dueNextYear(data, actions);
  const dueBlocks: ReportBlock[] = due.length > 0
    ? [{ type: 'table', caption: `Åtgärder som ska vara klara ${data.year + 1}`, columns: COLUMNS.slice(0, 5),
      rows: due.map((a) => [a.number, a.title, role(a, body.id), deadlineText(a), statusCell(a)]) }]
    : [{ type: 'paragraph', text: `Ingen av nämndens åtgärder ska vara klar under ${data.year + 1}.` }];
  chapters.push({ id: 'kommande', number: String(chapters.length), title: `Att göra ${data.year + 1}`, blocks: dueBlocks });
  const silent = data.inputs.silentBodies.some((b) => b.id === body.id);
  chapters.push({
    id: 'uppfoljningen', number: String(chapters.length), title: `Rekommendationer i uppföljningen ${data.year}`,
    blocks: [
      ...(silent ? [{ type: 'paragraph', text: `${bodyAtStart(body)} har inte lämnat någon lägesrapport under ${data.year}.` } as ReportBlock] : []),
      ownRecommendations.length > 0
        ? { type: 'list', items: ownRecommendations }
        : { type: 'paragraph', text: `Årets uppföljning har inga rekommendationer till ${bodyInText(body)}.` },
    ],
  });
  if (recommendations.length > 0) {
    chapters.push({
      id: 'rekommendationer', number: String(chapters.length), title: 'Revisionens rekommendationer',
      blocks: [{
        type: 'table', caption: `Rekommendationer till ${body.name}`,
        columns: [{ label: 'Rekommendation', weight: 5 }, { label: 'Planerad åtgärd', weight: 5 }, { label: 'Klart senast', weight: 2, nowrap: true }, { label: 'Status', weight: 2, nowrap: true }],
        rows: recommendations.map((r) => [r.text, r.plannedMeasures || '–', r.deadline ?? '–', { status: r.status }]),
      }],
    });
  }
  const title = `Uppföljning av handlingsplanen år ${data.year}`;
  return {
    kind: 'namnd', planId: data.plan.id, year: data.year, bodyId: body.id, asOf: data.asOf, closed: null,
    documentTitle: `${title} – ${body.name}`,
    titlePage: {
      municipality: data.municipality, title, subtitle: `${body.name} – ${data.plan.name}`, asOf: data.asOf, date: data.today,
      author: texts.get(BODY_KEYS.author), diaryNumber: '',
    },
    chapters,
  };
}
