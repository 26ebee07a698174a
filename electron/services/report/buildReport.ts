import type { ServiceContext } from '../context';
import type { ReportEditor, ReportKind, ReportModel, ReportTextField } from '../../../shared/report/model';
import { invalid } from '../../../shared/errors';
import { ASSESSMENT_RULE } from '../../../shared/report/assessmentRule';
import { getBody } from '../plan/bodies';
import { getPlan } from '../plan/plans';
import { bodyFields, buildBodyReport } from './bodyReport';
import { loadRecommendationData } from './recommendationData';
import { buildRecommendationsReport, recommendationFields } from './recommendationsReport';
import { loadReportData } from './reportData';
import { listReportTexts } from './reportTexts';
import { reportYears } from './reportYear';
import { findSnapshotEntry, getClosedYear } from './snapshots';
import { buildYearlyReport } from './yearlyReport';
import { yearlyFields } from './yearlyTexts';

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
  const data = loadReportData(ctx, request.planId, request.year);
  const saved = new Map(listReportTexts(ctx, { planId: request.planId, year: request.year }).map((t) => [t.key, t.text]));
  switch (request.kind) {
    case 'arsrapport': {
      const fields = yearlyFields(data, saved);
      return { model: buildYearlyReport(data, fields), fields };
    }
    case 'namnd': {
      const body = requireBody(ctx, request);
      const recommendations = loadRecommendationData(ctx, data.asOf).flatMap((a) => a.lines).filter((l) => l.bodyId === body.id);
      const fields = bodyFields(data, body, saved);
      return { model: buildBodyReport(data, body, recommendations, fields), fields };
    }
    case 'rekommendationer': {
      const audits = loadRecommendationData(ctx, data.asOf);
      const fields = recommendationFields(data, audits, saved);
      return { model: buildRecommendationsReport(data, audits, fields), fields };
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
  const { fields, model } = getReport(ctx, request);
  return { fields, rule: [...ASSESSMENT_RULE], closed: getClosedYear(ctx, request.planId, request.year), years: reportYears(ctx, getPlan(ctx, model.planId)) };
}
