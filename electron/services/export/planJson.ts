import type { Assessment, ReportedStatus } from '@shared/domain/status';
import type { BodyKind, SourceKind } from '@shared/domain/types';
import { cleanTextDeep } from '@shared/textRule';
import type { ServiceContext } from '../context';
import { listActionStatus } from '../plan/actionStatus';
import { listAreas } from '../plan/areas';
import { getPlan } from '../plan/plans';
import type { ExportedFile } from '../platform';
import { planMeetingNotes } from './meetingNoteJson';
import { reportInputsToJson, sourceIdsOfReportInputs } from './reportInputsJson';
import { planMeasures } from './measureJson';
import { reportBodyNames, reportTextsToJson, snapshotsToJson } from './reportJson';
import { PLAN_JSON_FORMAT, PLAN_JSON_VERSION, type PlanJson } from './planJsonSchema';
import { fileNamePart } from './workbook';

interface ReportRow {
  action_id: number; reported_on: string; status: ReportedStatus; assessment: Assessment | null; comment: string;
  source_id: number | null; period: string; reported_by: string; body_name: string | null; stop_decision: string;
  stop_decided_by: string; stop_decided_on: string | null; created_at: string;
}
interface SourceRow {
  id: number; title: string; publisher: string; published_on: string | null; reference: string; url: string; kind: SourceKind;
}

/** One plan as a self-contained JSON document (see planJsonSchema.ts). Ids stay behind; names travel. */
export function planToJson(ctx: ServiceContext, planId: number): PlanJson {
  const plan = getPlan(ctx, planId);
  const actions = listActionStatus(ctx, { planId, asOf: '9999-12-31' });
  const reports = ctx.db.prepare(`SELECT s.*, b.name AS body_name FROM status_report s
      JOIN action a ON a.id = s.action_id JOIN area ar ON ar.id = a.area_id LEFT JOIN body b ON b.id = s.body_id
      WHERE ar.plan_id = ? ORDER BY s.action_id, s.reported_on, s.id`).all(planId) as ReportRow[];
  const inputSources = sourceIdsOfReportInputs(ctx, planId);
  const sources = ctx.db.prepare(`SELECT * FROM source WHERE id IN (SELECT s.source_id FROM status_report s
      JOIN action a ON a.id = s.action_id JOIN area ar ON ar.id = a.area_id WHERE ar.plan_id = ?) OR id IN (SELECT value FROM json_each(?))
      ORDER BY title, id`).all(planId, JSON.stringify(inputSources)) as SourceRow[];
  const sourceKey = new Map(sources.map((s, index) => [s.id, index + 1]));
  const inputs = reportInputsToJson(ctx, planId, sourceKey);
  const areas = listAreas(ctx, planId);
  const allBodies = ctx.db.prepare('SELECT id, name, kind, active FROM body ORDER BY name').all() as
    { id: number; name: string; kind: BodyKind; active: number }[];
  const names = { areaIndex: new Map(areas.map((a, index) => [a.id, index + 1])), bodyName: new Map(allBodies.map((b) => [b.id, b.name])) };
  const reportTexts = reportTextsToJson(ctx, planId, names);
  const reportSnapshots = snapshotsToJson(ctx, planId, names);
  const notes = planMeetingNotes(ctx, planId);
  const measures = planMeasures(ctx, planId);
  const bodyNames = new Set([...actions.flatMap((a) => a.responsible.map((r) => r.bodyName)), ...reports.flatMap((r) => (r.body_name ? [r.body_name] : [])),
    ...reportBodyNames(reportTexts, reportSnapshots)]);
  const bodies = allBodies.filter((b) => bodyNames.has(b.name)).map((b) => ({ name: b.name, kind: b.kind, active: b.active === 1 }));
  const reportsByAction = new Map<number, ReportRow[]>();
  for (const r of reports) {
    const list = reportsByAction.get(r.action_id);
    if (list) list.push(r);
    else reportsByAction.set(r.action_id, [r]);
  }

  return {
    format: PLAN_JSON_FORMAT,
    version: PLAN_JSON_VERSION,
    exportedAt: ctx.now(),
    plan: {
      name: plan.name, municipality: plan.municipality, periodStart: plan.periodStart, periodEnd: plan.periodEnd,
      decidedBy: plan.decidedBy, decidedOn: plan.decidedOn, diaryNumber: plan.diaryNumber, overallGoal: plan.overallGoal,
      revisionIntervalYears: plan.revisionIntervalYears, followUpRhythm: plan.followUpRhythm, createdAt: plan.createdAt, updatedAt: plan.updatedAt,
    },
    bodies,
    sources: sources.map((s) => ({
      key: sourceKey.get(s.id)!, title: s.title, publisher: s.publisher, publishedOn: s.published_on, reference: s.reference, url: s.url, kind: s.kind,
    })),
    areas: areas.map((area) => ({
      name: area.name,
      description: area.description,
      actions: actions.filter((a) => a.areaId === area.id).map((a) => ({
        number: a.number, title: a.title, description: a.description, proposedMeasures: a.proposedMeasures,
        startDate: a.startDate, deadline: a.deadline, indicatorText: a.indicatorText, createdAt: a.createdAt, updatedAt: a.updatedAt,
        responsible: a.responsible.map((r) => ({ body: r.bodyName, role: r.role })),
        statusReports: (reportsByAction.get(a.id) ?? []).map((r) => ({
          reportedOn: r.reported_on, status: r.status, assessment: r.assessment, comment: r.comment,
          source: r.source_id === null ? null : sourceKey.get(r.source_id)!, period: r.period, reportedBy: r.reported_by,
          body: r.body_name, stopDecision: r.stop_decision, stopDecidedBy: r.stop_decided_by, stopDecidedOn: r.stop_decided_on, createdAt: r.created_at,
        })),
        meetingNotes: notes.byAction.get(a.id) ?? [],
        measures: measures.byAction.get(a.id) ?? [],
      })),
      meetingNotes: notes.byArea.get(area.id) ?? [],
      questions: inputs.questionsByArea.get(area.id) ?? [],
      findings: inputs.findingsByArea.get(area.id) ?? [],
      measures: measures.byArea.get(area.id) ?? [],
    })),
    meetingNotes: notes.plan,
    findings: inputs.planFindings,
    revisions: inputs.revisions,
    reportSources: inputs.reportSources,
    reportTexts,
    reportSnapshots,
  };
}

/** Cleaned (shared/textRule.ts) so that every export restores: the restore applies the text rule. */
export function exportPlanJson(ctx: ServiceContext, planId: number): ExportedFile {
  const json = cleanTextDeep(planToJson(ctx, planId));
  return {
    fileName: `${fileNamePart(json.plan.name)} ${ctx.today()}.json`,
    mimeType: 'application/json',
    bytes: new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`),
  };
}
