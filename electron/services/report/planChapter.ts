import type { ReportBlock, ReportChapter } from '@shared/report/model';
import { checkFollowUpQuality, QUALITY_ISSUES, QUALITY_ISSUE_LABEL, QUALITY_ISSUE_WHY } from '@shared/domain/followUpQuality';
import { NOT_REPORTED_LABEL } from '@shared/domain/reporting';
import { revisionIntervalLabel } from '@shared/labels';
import { bodyAtStart, bodyInText, capitalise, count, dateInText, joinList, nameInText, NOUNS, numberInText } from '@shared/text';
import type { ReportData } from './reportData';
import { findingBlocks } from './reportParts';

/**
 * Chapter 2 of the yearly report: how the plan itself is governed and followed up — its revision,
 * the year's rapportering, the uppföljningsbarhet of its åtgärder, and the iakttagelser about the
 * plan as a whole (the suggested one on an overdue revision among them).
 */
function revisionBlocks(data: ReportData): ReportBlock[] {
  const { plan } = data;
  const { revision, revisions } = data.inputs;
  const made = revisions.filter((r) => r.revisedOn <= data.asOf);
  const lines: string[] = [];
  if (plan.revisionIntervalYears === null) lines.push('Handlingsplanen anger inte hur ofta den ska revideras.');
  else lines.push(`Handlingsplanen ska revideras ${revisionIntervalLabel(plan.revisionIntervalYears)}.`);
  if (revision.lastRevision) {
    const by = revision.lastRevision.decidedBy ? ` av ${nameInText(revision.lastRevision.decidedBy)}` : '';
    lines.push(`Den reviderades senast den ${dateInText(revision.lastRevision.revisedOn)}${by}.`);
  } else if (plan.decidedOn) {
    lines.push(`Den har inte reviderats sedan den beslutades den ${dateInText(plan.decidedOn)}.`);
  }
  if (revision.nextDue) {
    lines.push(revision.overdue
      ? `Nästa revidering skulle ha beslutats senast den ${dateInText(revision.nextDue)} och är försenad.`
      : `Nästa revidering ska beslutas senast den ${dateInText(revision.nextDue)}.`);
  }
  const table: ReportBlock[] = made.length > 0 ? [{
    type: 'table', caption: 'Handlingsplanens revideringar',
    columns: [{ label: 'Datum', weight: 2, nowrap: true }, { label: 'Beslutad av', weight: 3 }, { label: 'Diarienummer', weight: 2, nowrap: true }, { label: 'Vad ändrades', weight: 6 }],
    rows: made.map((r) => [r.revisedOn, r.decidedBy || '–', r.diaryNumber || '–', r.changes || '–']),
  }] : [];
  return [{ type: 'heading', level: 2, text: 'Revidering av planen' }, { type: 'paragraph', text: lines.join(' ') }, ...table];
}

function reportingBlocks(data: ReportData): ReportBlock[] {
  const atgard = NOUNS.atgard;
  const marked = data.actions.filter((a) => a.notReportedInYear);
  const silent = data.inputs.silentBodies;
  const sentences = [
    marked.length === 0
      ? `Samtliga åtgärder som varken är genomförda eller avbrutna har minst en lägesrapport under ${data.year}.`
      : `Av planens ${count(data.actions.length, atgard)} saknar ${numberInText(marked.length)} lägesrapport under ${data.year} trots att de inte är avslutade. `
        + `De är markerade med ”${NOT_REPORTED_LABEL}” i tabellerna.`,
    silent.length === 0
      ? `Alla nämnder och bolag som ansvarar för pågående åtgärder har lämnat minst en lägesrapport under ${data.year}.`
      : `${capitalise(joinList(silent.map(bodyInText)))} har inte lämnat någon lägesrapport under ${data.year}, trots att de ansvarar för åtgärder som inte är avslutade.`,
  ];
  const rows = [...data.reportsByBody.map((r) => [r.bodyName ?? 'Utan angiven nämnd', String(r.reports)]), ...silent.map((b) => [bodyAtStart(b), '0'])];
  return [
    { type: 'heading', level: 2, text: 'Rapportering under året' },
    { type: 'paragraph', text: sentences.join(' ') },
    { type: 'table', caption: `Lägesrapporter ${data.year} per nämnd`, columns: [{ label: 'Nämnd eller bolag', weight: 4 }, { label: 'Lägesrapporter', weight: 1, nowrap: true }], rows },
  ];
}

function qualityBlocks(data: ReportData): ReportBlock[] {
  const quality = checkFollowUpQuality(data.plan, data.actions);
  const atgard = NOUNS.atgard;
  const lead = quality.total === 0 ? 'Planen har inga åtgärder.'
    : quality.withFindings === 0 ? `Ingen av planens ${count(quality.total, atgard)} har någon brist i uppföljningsbarheten.`
      : `Av planens ${count(quality.total, atgard)} har ${numberInText(quality.withFindings)} minst en brist som gör dem svårare att följa upp.`;
  const rows = QUALITY_ISSUES.filter((k) => quality.counts[k] > 0).map((k) => [QUALITY_ISSUE_LABEL[k], String(quality.counts[k]), QUALITY_ISSUE_WHY[k]]);
  return [
    { type: 'heading', level: 2, text: 'Uppföljningsbarhet' },
    { type: 'paragraph', text: lead },
    ...(rows.length > 0 ? [{ type: 'table', caption: 'Brister i åtgärdernas uppföljningsbarhet', rows,
      columns: [{ label: 'Brist', weight: 3 }, { label: 'Åtgärder', weight: 1, nowrap: true }, { label: 'Varför det försvårar uppföljningen', weight: 6 }] } as ReportBlock] : []),
    ...(quality.planFindings.length > 0 ? [{ type: 'list', items: quality.planFindings } as ReportBlock] : []),
  ];
}

export function planChapter(data: ReportData, number: string): ReportChapter {
  const sources = new Map([...data.inputs.registeredSources, ...data.inputs.ownSources, ...data.sources].map((s) => [s.id, s]));
  const { findings, suggestions } = data.inputs.findings;
  const about = [...findings.filter((f) => f.areaId === null), ...suggestions.filter((s) => s.areaId === null).map((s) => ({ text: s.text, sourceIds: [] }))];
  return {
    id: 'styrning', number, title: 'Handlingsplanens styrning och uppföljning',
    blocks: [
      ...revisionBlocks(data),
      ...reportingBlocks(data),
      ...qualityBlocks(data),
      ...(about.length > 0 ? [{ type: 'heading', level: 2, text: 'Iakttagelser' } as ReportBlock, ...findingBlocks(about, sources)] : []),
    ],
  };
}
