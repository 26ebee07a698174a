import { RESPONSE_FORM_LABEL, type ResponseForm } from '@shared/domain/auditResponse';
import { ASSESSMENT_LABEL } from '@shared/labels';
import { bodyAtStart } from '@shared/text';
import type { ResponseItem, ResponseModel } from './responseModel';
import {
  addressedSentence, alsoToSentence, auditor, auditSentence, backgroundSentences, decisionLine, decisionSentence, otherRecommendationLine,
  placeLine, plannedLine, preparationDefault, proposalSentence, recommendationsLead, scopeSentence,
} from './responseTexts';

/**
 * The svar på revisionsrapport as plain blocks, in either form, before it becomes Word: what the
 * tests read (every sentence, no "[…]" ever) and what responseDocx.ts draws. What the nämnd has
 * not written is left out of the document and listed in `missing`, so the export can ask first
 * ("Sammanfattning saknas – exportera ändå?") instead of printing a placeholder.
 */
export type SvarBlock =
  | { type: 'kind'; text: string }
  | { type: 'facts'; rows: [label: string, value: string][]; spaced?: boolean }
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string; small?: boolean }
  | { type: 'quote'; text: string }
  | { type: 'questions'; rows: { question: string; answer: string }[] }
  | { type: 'signatures'; people: { name: string; lines: string[] }[] }
  | { type: 'numbered'; items: string[] }
  | { type: 'bullets'; items: string[] };

export interface SvarDocument {
  form: ResponseForm;
  /** The file's title property. */
  title: string;
  blocks: SvarBlock[];
  /** What the nämnd has not filled in, as the form names it: "Sammanfattning", "Svar på rekommendation 3". */
  missing: string[];
}

/** The nämnd's own text as paragraphs: blank lines or line breaks separate them. */
function paragraphs(text: string): SvarBlock[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).map((p) => ({ type: 'paragraph', text: p }));
}

function answerBlocks(item: ResponseItem, quoteStyle: 'heading' | 'quote'): SvarBlock[] {
  const { answer } = item;
  return [
    ...(quoteStyle === 'heading' ? [{ type: 'heading', level: 2, text: `Rekommendation ${item.number}` } as SvarBlock] : []),
    ...item.text.split(/\n+/).map((t) => t.trim()).filter(Boolean).map((t): SvarBlock => ({ type: 'quote', text: t })),
    ...paragraphs(answer.response),
    ...[plannedLine(answer), item.linkedActions.length > 0 ? `Åtgärder i handlingsplanen: ${item.linkedActions.join('; ')}.` : '', alsoToSentence(item.alsoTo)]
      .filter(Boolean).map((text): SvarBlock => ({ type: 'paragraph', text, small: true })),
  ];
}

function unanswered(model: ResponseModel): string[] {
  return model.items.filter((i) => i.answer.response.trim() === '').map((i) => `Svar på rekommendation ${i.number}`);
}

function contactRows(model: ResponseModel): [string, string][] {
  const { draft } = model;
  const officer = [draft.officerName, draft.officerTitle].map((p) => p.trim()).filter(Boolean).join(', ');
  return [
    ...(officer ? [['Handläggare', officer] as [string, string]] : []),
    ...(draft.officerPhone.trim() ? [['Telefon', draft.officerPhone.trim()] as [string, string]] : []),
  ];
}

function questionRows(model: ResponseModel): SvarBlock[] {
  if (model.questions.length === 0) return [];
  return [
    { type: 'heading', level: 2, text: 'Revisionsfrågor och bedömningar' },
    {
      type: 'questions',
      rows: model.questions.map((q) => ({
        question: q.question,
        answer: [q.assessment ? `${ASSESSMENT_LABEL[q.assessment]}.` : 'Ej bedömd.', q.motivation].filter(Boolean).join(' '),
      })),
    },
  ];
}

function attachment(model: ResponseModel): string {
  const { audit } = model;
  return [audit.title, 'revisionsrapport', audit.reportDate, audit.auditor, audit.diaryNumber ? `dnr ${audit.diaryNumber}` : '']
    .filter((p) => p).join(', ');
}

/** The förvaltning's tjänsteutlåtande to its nämnd (seed 003). */
export function tjansteutlatande(model: ResponseModel): SvarDocument {
  const { audit, draft } = model;
  const missing = [
    ...(draft.officerName.trim() ? [] : ['Handläggare']),
    ...(draft.summary.trim() ? [] : ['Sammanfattning']),
    ...(draft.preparation.trim() || model.administration.trim() ? [] : ['Ärendets beredning']),
    ...(draft.directorName.trim() ? [] : ['Förvaltningschef']),
    ...unanswered(model),
  ];
  const preparation = draft.preparation.trim() || preparationDefault(model);
  const signers = [
    draft.directorName.trim() && { name: draft.directorName.trim(), lines: [draft.directorTitle.trim() || 'Förvaltningschef', model.administration].filter(Boolean) },
    draft.officerName.trim() && { name: draft.officerName.trim(), lines: [draft.officerTitle.trim() || 'Handläggare', model.administration].filter(Boolean) },
  ].filter((p): p is { name: string; lines: string[] } => Boolean(p));
  const blocks: SvarBlock[] = [
    { type: 'kind', text: RESPONSE_FORM_LABEL.tjansteutlatande },
    {
      type: 'facts', rows: [
        ...(model.municipality ? [['Kommun', model.municipality] as [string, string]] : []),
        ...(model.administration ? [['Förvaltning', model.administration] as [string, string]] : []),
        ...(draft.diaryNumber.trim() ? [['Dnr', draft.diaryNumber.trim()] as [string, string]] : []),
        ['Datum', model.date],
        ...contactRows(model),
        ['Till', bodyAtStart(model.body)],
      ],
    },
    { type: 'title', text: `Revisionsrapport – ${audit.title}` },
    { type: 'subtitle', text: `Svar på revisionsrapport från ${auditor(model)}${audit.diaryNumber ? `, dnr ${audit.diaryNumber}` : ''}` },
    { type: 'heading', level: 1, text: 'Förvaltningens förslag till beslut' },
    { type: 'paragraph', text: decisionSentence(model) },
    { type: 'heading', level: 1, text: 'Sammanfattning' },
    { type: 'paragraph', text: [auditSentence(model), scopeSentence(model)].filter(Boolean).join(' ') },
    { type: 'paragraph', text: addressedSentence(model) },
    ...paragraphs(draft.summary),
    { type: 'paragraph', text: decisionSentence(model) },
    { type: 'heading', level: 1, text: 'Bakgrund' },
    { type: 'paragraph', text: backgroundSentences(model) },
    ...(audit.purpose.trim() ? [{ type: 'paragraph', text: 'Syftet med granskningen:' } as SvarBlock, ...paragraphs(audit.purpose)] : []),
    { type: 'heading', level: 1, text: 'Ärendet' },
    ...(audit.summaryAssessment.trim() ? [{ type: 'paragraph', text: 'Revisorernas sammanfattande bedömning:' } as SvarBlock, ...paragraphs(audit.summaryAssessment)] : []),
    ...questionRows(model),
    ...(preparation ? [{ type: 'heading', level: 1, text: 'Ärendets beredning' } as SvarBlock, ...paragraphs(preparation)] : []),
    { type: 'heading', level: 1, text: 'Förvaltningens synpunkter' },
    ...(model.items.length > 0 ? [{ type: 'paragraph', text: recommendationsLead(model, 'tjansteutlatande') } as SvarBlock] : []),
    ...model.items.flatMap((item) => answerBlocks(item, 'heading')),
    { type: 'paragraph', text: proposalSentence(model) },
    ...(signers.length > 0 ? [{ type: 'signatures', people: signers } as SvarBlock] : []),
    { type: 'heading', level: 1, text: 'Bilaga' },
    { type: 'numbered', items: [attachment(model)] },
  ];
  return { form: 'tjansteutlatande', title: `Svar på revisionsrapport – ${audit.title}`, blocks, missing };
}

/** The nämnd's own yttrande to the kommunens revisorer (seed 002). */
export function yttrande(model: ResponseModel): SvarDocument {
  const { audit, draft } = model;
  const missing = [
    ...(draft.stance.trim() ? [] : ['Nämndens ställningstagande']),
    ...(draft.decidedOn ? [] : ['Beslutsdatum']),
    ...(draft.paragraph.trim() ? [] : ['Paragraf']),
    ...(draft.chairName.trim() ? [] : ['Ordförande']),
    ...unanswered(model),
  ];
  const others = model.others.length > 0 && draft.otherRecommendations.trim()
    ? [
      { type: 'heading', level: 2, text: 'Rekommendationer till andra nämnder' } as SvarBlock,
      { type: 'bullets', items: model.others.map(otherRecommendationLine) } as SvarBlock,
      ...paragraphs(draft.otherRecommendations),
    ]
    : [];
  const blocks: SvarBlock[] = [
    { type: 'kind', text: RESPONSE_FORM_LABEL.yttrande },
    {
      type: 'facts', rows: [
        ...(model.municipality ? [['Kommun', model.municipality] as [string, string]] : []),
        ['Till', 'Kommunens revisorer'],
        ['Från', bodyAtStart(model.body)],
        ...(draft.diaryNumber.trim() ? [['Dnr', draft.diaryNumber.trim()] as [string, string]] : []),
        ['Datum', draft.decidedOn ?? model.date],
      ],
    },
    { type: 'title', text: `Yttrande över revisionsrapport – ${audit.title}` },
    { type: 'paragraph', text: [auditSentence(model), addressedSentence(model)].join(' ') },
    ...paragraphs(draft.stance),
    ...(model.items.length > 0 ? [{ type: 'paragraph', text: recommendationsLead(model, 'yttrande') } as SvarBlock] : []),
    ...model.items.flatMap((item) => answerBlocks(item, 'quote')),
    ...others,
    ...(draft.summary.trim() ? paragraphs(draft.summary) : []),
    ...(draft.decidedOn || draft.paragraph.trim() ? [{ type: 'paragraph', text: decisionLine(model) } as SvarBlock] : []),
    ...(draft.decidedOn ? [{ type: 'paragraph', text: placeLine(model, draft.decidedOn) } as SvarBlock] : []),
    ...(draft.chairName.trim() ? [{ type: 'signatures', people: [{ name: draft.chairName.trim(), lines: ['Ordförande', bodyAtStart(model.body)] }] } as SvarBlock] : []),
    ...(contactRows(model).length > 0 ? [{ type: 'facts', rows: contactRows(model), spaced: true } as SvarBlock] : []),
  ];
  return { form: 'yttrande', title: `Yttrande över revisionsrapport – ${audit.title}`, blocks, missing };
}

export function svarDocument(model: ResponseModel, form: ResponseForm): SvarDocument {
  return form === 'yttrande' ? yttrande(model) : tjansteutlatande(model);
}
