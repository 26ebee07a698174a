import type { ServiceContext } from '../context';
import type { EditorQuestion, ReportEditor, ReportKind, ReportModel, ReportTextField } from '@shared/report/model';
import { invalid } from '@shared/errors';
import { ASSESSMENT_RULE } from '@shared/report/assessmentRule';
import { getBody } from '../plan/bodies';
import { getPlan } from '../plan/plans';
import { bodyFields, buildBodyReport } from './bodyReport';
import { buildRecommendationsReport, recommendationFields } from './recommendationsReport';
import { loadReportData, type ReportData } from './reportData';
import { resolvedQuestions } from './areaJudgement';
import { listReportTexts } from './reportTexts';
import { reportYears } from './reportYear';
import { findSnapshotEntry, getClosedYear } from './snapshots';
import { buildYearlyReport } from './yearlyReport';
import { yearlyFields, YEARLY_KEYS } from './yearlyTexts';
import { recommendationsDefault } from './yearlyRecommendations';
import { textToItems } from '@shared/report/textBlocks';

/** Which report: the yearly one, one nämnd's, or the audit recommendations'. */
export interface ReportRequest {
  kind: ReportKind;
  planId: number;
  year: number;
  bodyId?: number | null;
}

export interface BuiltReport {
  model: ReportModel;
  fields: ReportTextField[];
}

/** What the editor shows besides the texts, for an open year's yearly report. */
type EditorExtras = Pick<ReportEditor, 'questions' | 'findings' | 'reportSources' | 'areas'>;

const NO_EXTRAS: EditorExtras = { questions: [], findings: [], reportSources: [], areas: [] };

function editorExtras(data: ReportData, questions: EditorQuestion[]): EditorExtras {
  const { findings, suggestions } = data.inputs.findings;
  return {
    questions,
    findings: [
      ...findings.map((f) => ({ id: f.id, areaId: f.areaId, text: f.text, sourceIds: f.sourceIds, suggestion: f.suggestion, version: f.version })),
      ...suggestions.map((s) => ({ id: null, areaId: s.areaId, text: s.text, sourceIds: [], suggestion: s.key, version: 0 })),
    ],
    reportSources: data.inputs.ownSources,
    areas: data.areas.map((a) => ({ id: a.id, name: a.name })),
  };
}

/** How a closed year's snapshot names each report it froze. */
export function snapshotKey(kind: ReportKind, bodyId: number | null | undefined): string {
  return kind === 'namnd' ? `namnd:${bodyId}` : kind;
}

function requireBody(ctx: ServiceContext, request: ReportRequest) {
  if (request.bodyId === undefined || request.bodyId === null) throw invalid('bodyId', 'Välj vilken nämnd rapporten gäller.');
  try {
    return getBody(ctx, request.bodyId);
  } catch {
    throw invalid('bodyId', `Nämnden finns inte (id ${request.bodyId}).`);
  }
}

/** Builds a report from the plan file as it is now, with the strateg's saved texts. */
export function buildLiveReport(ctx: ServiceContext, request: ReportRequest): BuiltReport {
  return buildLive(ctx, request).report;
}

function buildLive(ctx: ServiceContext, request: ReportRequest): { report: BuiltReport; extras: EditorExtras } {
  const data = loadReportData(ctx, request.planId, request.year);
  const saved = new Map(listReportTexts(ctx, { planId: request.planId, year: request.year }).map((t) => [t.key, { text: t.text, version: t.version }]));
  const plain = (report: BuiltReport) => ({ report, extras: NO_EXTRAS });
  switch (request.kind) {
    case 'arsrapport': {
      const questions = resolvedQuestions(data);
      const fields = yearlyFields(data, saved, questions);
      return { report: { model: buildYearlyReport(data, fields, questions), fields }, extras: editorExtras(data, questions) };
    }
    case 'namnd': {
      const body = requireBody(ctx, request);
      const recommendations = data.inputs.audits.flatMap((a) => a.lines).filter((l) => l.bodyId === body.id);
      const fields = bodyFields(data, body, saved);
      const own = textToItems(saved.get(YEARLY_KEYS.recommendations(body.id))?.text ?? recommendationsDefault(data, body));
      return plain({ model: buildBodyReport(data, body, recommendations, fields, own), fields });
    }
    case 'rekommendationer': {
      const audits = data.inputs.audits;
      const fields = recommendationFields(data, audits, saved);
      return plain({ model: buildRecommendationsReport(data, audits, fields), fields });
    }
  }
}

/** The report for a plan and year: a closed year's frozen snapshot, else built from the data now. */
export function getReport(ctx: ServiceContext, request: ReportRequest): BuiltReport {
  const frozen = findSnapshotEntry(ctx, request.planId, request.year, snapshotKey(request.kind, request.bodyId));
  if (frozen) return frozen;
  if (request.kind === 'namnd' && getClosedYear(ctx, request.planId, request.year)) {
    const body = requireBody(ctx, request);
    throw invalid('bodyId', `${body.name} hade inga åtgärder i planen när år ${request.year} stängdes, så det finns ingen rapport för nämnden det året.`);
  }
  return buildLiveReport(ctx, request);
}

export function getReportModel(ctx: ServiceContext, request: ReportRequest): ReportModel {
  return getReport(ctx, request).model;
}

export function getReportEditor(ctx: ServiceContext, request: ReportRequest): ReportEditor {
  const closed = getClosedYear(ctx, request.planId, request.year);
  // A closed year shows its frozen texts; its questions and iakttagelser are in the frozen report.
  const { report: { fields, model }, extras } = closed ? { report: getReport(ctx, request), extras: NO_EXTRAS } : buildLive(ctx, request);
  return { fields, ...extras, rule: [...ASSESSMENT_RULE], closed, years: reportYears(ctx, getPlan(ctx, model.planId)) };
}
