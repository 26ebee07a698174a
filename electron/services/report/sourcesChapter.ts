import type { Source } from '@shared/domain/types';
import type { ReportBlock, ReportChapter } from '@shared/report/model';
import { count, nameInText, NOUNS, placeAndDate } from '@shared/text';
import type { ReportData } from './reportData';
import { sourceText } from './reportParts';

/**
 * Källförteckning: the plan and its revisions, every source registered for the year (dated in it,
 * cited by a lägesrapport or an iakttagelse, or added by the strateg), the intervjuer, the
 * granskningar, the year's protocols and the lägesrapporter per nämnd.
 */
export function yearSources(data: ReportData): Source[] {
  const all = new Map([...data.sources, ...data.inputs.registeredSources, ...data.inputs.ownSources].map((s) => [s.id, s]));
  return [...all.values()].sort((a, b) => (a.publishedOn ?? '9999').localeCompare(b.publishedOn ?? '9999') || a.title.localeCompare(b.title, 'sv'));
}

function listOr(items: string[], empty: string): ReportBlock {
  return items.length > 0 ? { type: 'list', items } : { type: 'paragraph', text: empty };
}

export function sourcesChapter(data: ReportData): ReportChapter {
  const { plan } = data;
  const sources = yearSources(data);
  const documents = sources.filter((s) => s.kind === 'dokument').map(sourceText);
  const interviews = sources.filter((s) => s.kind === 'intervju').map(sourceText);
  const revisions = data.inputs.revisions.filter((r) => r.revisedOn <= data.asOf).map((r) => ['Revidering av handlingsplanen',
    r.decidedBy && nameInText(r.decidedBy), r.revisedOn, r.diaryNumber].filter(Boolean).join(', '));
  const audits = data.inputs.audits.map(({ audit }) => [audit.title, audit.auditor, audit.reportDate, audit.diaryNumber].filter(Boolean).join(', '));
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: 'Styrdokument' },
    { type: 'list', items: [[plan.name, plan.decidedBy, plan.decidedOn, plan.diaryNumber].filter(Boolean).join(', '), ...revisions] },
    { type: 'heading', level: 2, text: 'Dokumentation' },
    listOr(documents, `Inga dokument är registrerade för ${data.year}.`),
  ];
  if (interviews.length > 0) blocks.push({ type: 'heading', level: 2, text: 'Intervjuer' }, { type: 'list', items: interviews });
  if (audits.length > 0) blocks.push({ type: 'heading', level: 2, text: 'Granskningar' }, { type: 'list', items: audits });
  if (data.protocols.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: 'Protokoll och minnesanteckningar' });
    blocks.push({ type: 'list', items: data.protocols.map((p) => `${p.title}, ${p.date}`) });
  }
  blocks.push({ type: 'heading', level: 2, text: 'Lägesrapporter' });
  blocks.push(listOr(data.reportsByBody.map((r) => `${r.bodyName ?? 'Utan angiven nämnd'}, ${count(r.reports, NOUNS.lagesrapport)} ${data.year}`),
    `Inga lägesrapporter lämnades under ${data.year}.`));
  return { id: 'kallor', number: null, title: 'Källförteckning', blocks };
}

/** The closing block as in seed 001: "Åsbacka den 3 december 2026", then name and title. */
export function signatureBlock(data: ReportData): ReportBlock {
  const { place, name, title } = data.inputs.signer;
  return { type: 'signature', placeAndDate: placeAndDate(place, data.today), name, title };
}
