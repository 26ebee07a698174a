import type { ActionStatusRow, Source } from '@shared/domain/types';
import { textToBlocks } from '@shared/report/textBlocks';
import { emptyStatusCounts, type EffectiveStatus, type StatusCounts } from '@shared/domain/status';
import { formatDate } from '@shared/dates';
import { latestStopDecided, NOT_REPORTED_LABEL } from '@shared/domain/reporting';
import type { ReportBlock, ReportTextField, TableCell } from '@shared/report/model';
import { REPORT_STATUS_ORDER, statusCountsSentence } from '@shared/report/statusSentence';

/** Pieces the three reports share: status counts, åtgärd tables, charts and the strateg's texts. */
export function countStatuses(rows: { effectiveStatus: EffectiveStatus }[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const row of rows) counts[row.effectiveStatus] += 1;
  return counts;
}

export function actionName(action: Pick<ActionStatusRow, 'number' | 'title'>): string {
  return action.number ? `${action.number} ${action.title}` : action.title;
}

/** "Socialnämnden, Kommunstyrelsen": huvudansvarig first. */
export function responsibleText(action: ActionStatusRow): string {
  return action.responsible.map((r) => r.bodyName).join(', ') || '–';
}

export function leadBody(action: ActionStatusRow): string {
  return action.responsible.find((r) => r.role === 'huvudansvarig')?.bodyName ?? '–';
}

/** The latest status report's comment with its date (and the beslut behind an Avbruten), or a plain note that none was made. */
export function latestCommentText(action: ActionStatusRow): string {
  if (action.latestReportedOn === null) return 'Ingen lägesrapport.';
  const comment = action.latestComment ? `${action.latestReportedOn}: ${action.latestComment}` : `${action.latestReportedOn}: (ingen kommentar)`;
  if (action.effectiveStatus !== 'avbruten' || action.latestStopDecision === '') return comment;
  return `${comment} Beslut: ${action.latestStopDecision}, ${action.latestStopDecidedBy} ${action.latestStopDecidedOn ?? ''}.`.replace(' .', '.');
}

/** Marks printed beside a status: the rapportering mark, and an Avbruten without beslut ("Avbruten – utan beslut"). */
export function statusCell(action: ActionStatusRow): TableCell {
  if (action.notReportedInYear) return { status: action.effectiveStatus, mark: NOT_REPORTED_LABEL };
  if (action.effectiveStatus === 'avbruten' && !latestStopDecided(action)) return { status: action.effectiveStatus, mark: 'utan beslut' };
  return { status: action.effectiveStatus };
}

export function deadlineText(action: Pick<ActionStatusRow, 'deadline'>): string {
  return formatDate(action.deadline);
}

/** A bar per status, in the reports' order; statuses no åtgärd has are left out, except the first four. */
export function chartBlock(title: string, counts: StatusCounts, total: number): ReportBlock {
  const always: EffectiveStatus[] = ['genomford', 'pagaende', 'ej_paborjad', 'forsenad'];
  const bars = REPORT_STATUS_ORDER.filter((s) => always.includes(s) || counts[s] > 0).map((status) => ({ status, count: counts[status] }));
  return { type: 'chart', title, description: `${title}. ${statusCountsSentence(total, counts)}`, bars };
}

/** The strateg's saved text, else the generated one. */
export class ReportTexts {
  private readonly byKey: Map<string, ReportTextField>;

  constructor(readonly fields: ReportTextField[]) {
    this.byKey = new Map(fields.map((f) => [f.key, f]));
  }

  get(key: string): string {
    const field = this.byKey.get(key);
    if (!field) return '';
    return field.savedText ?? field.defaultText;
  }
}

/** The strateg's saved texts of a report, by key, with each row's version. */
export type SavedTexts = Map<string, { text: string; version: number }>;

/** Builds the editor's field list: a saved text replaces the default shown in the report. */
export function fieldMaker(saved: SavedTexts) {
  return (key: string, group: string, label: string, defaultText: string, kind: ReportTextField['kind'] = 'text'): ReportTextField => ({
    key, group, label, defaultText, savedText: saved.get(key)?.text ?? null, version: saved.get(key)?.version ?? 0, kind,
  });
}

/** A source as the källförteckning and an iakttagelse cite it: "Titel, utgivare, 2025-02-20, SN 2025/19". */
export function sourceText(source: Pick<Source, 'title' | 'publisher' | 'publishedOn' | 'reference'>): string {
  return [source.title, source.publisher, source.publishedOn, source.reference].filter(Boolean).join(', ');
}

/** Iakttagelser as paragraphs, each followed by the källor it cites. */
export function findingBlocks(findings: readonly { text: string; sourceIds: number[] }[], sources: ReadonlyMap<number, Source>): ReportBlock[] {
  return findings.flatMap((f) => {
    const cited = f.sourceIds.flatMap((id) => sources.get(id) ?? []);
    const note: ReportBlock[] = cited.length > 0
      ? [{ type: 'paragraph', emphasis: 'note', text: `${cited.length === 1 ? 'Källa' : 'Källor'}: ${cited.map(sourceText).join('; ')}.` }]
      : [];
    return [...textToBlocks(f.text), ...note];
  });
}

/** A quotation inside a sentence: ”Säkerställa att …”, without its own full stop. */
export function quoted(text: string): string {
  return `”${text.trim().replace(/[.]+$/, '')}”`;
}
