import type { RestoreResult } from '@shared/domain/transfer';
import { AppError, type FieldProblem } from '@shared/errors';
import type { ServiceContext } from '../context';
import { logCreate } from '../changeLog';
import { createBody } from '../plan/bodies';
import { createSource } from '../plan/sources';
import { inTransaction, insertRow } from '../records';
import { tidy } from '../import/text';
import { restoreMeetingNotes } from './meetingNoteJson';
import { checkMeasureJson, restoreMeasures } from './measureJson';
import { checkReportRefs, restoreReportTexts, restoreSnapshots } from './reportJson';
import { planJsonProblems } from './planJsonProblems';
import { questionsFromLegacyTexts, restoreFindings, restoreQuestions, restoreReportSources, restoreRevisions } from './reportInputsJson';
import { PLAN_JSON_FORMAT, PLAN_JSON_VERSION, planJsonSchema, type PlanJson } from './planJsonSchema';
import { noteWholeFile } from '../changedTables';

function refuse(message: string, problems: FieldProblem[] = []): never {
  throw new AppError('refused_file', `${message} Inget har sparats.`, problems);
}

/** Reads and checks a JSON backup: our format and version, and every name it refers to present in it. */
export function parsePlanJson(bytes: Uint8Array, fileName: string): PlanJson {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    refuse(`”${fileName}” är inte en JSON-fil.`);
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== PLAN_JSON_FORMAT) refuse(`”${fileName}” är inte en plan som exporterats från Planuppföljning.`);
  if (typeof head.version === 'number' && head.version > PLAN_JSON_VERSION) refuse(`”${fileName}” är exporterad från en nyare version av Planuppföljning. Uppdatera programmet.`);
  const parsed = planJsonSchema.safeParse(data);
  if (!parsed.success) {
    refuse(`”${fileName}” är skadad eller ändrad och kan inte återställas.`, planJsonProblems(parsed.error, data));
  }
  const plan = parsed.data;
  const problems: FieldProblem[] = [];
  const bodies = new Set(plan.bodies.map((b) => tidy(b.name)));
  const sources = new Set(plan.sources.map((s) => s.key));
  plan.areas.forEach((area) => area.actions.forEach((a) => {
    const where = `Åtgärd ”${a.number ? `${a.number} ` : ''}${a.title}”`;
    const add = (message: string) => problems.push({ field: where, message: `${where}: ${message}` });
    if (a.responsible.filter((r) => r.role === 'huvudansvarig').length !== 1) add('ska ha exakt en huvudansvarig nämnd.');
    if (new Set(a.responsible.map((r) => tidy(r.body))).size !== a.responsible.length) add('har samma nämnd flera gånger.');
    for (const r of a.responsible) if (!bodies.has(tidy(r.body))) add(`nämnden ”${r.body}” saknas i filens lista över nämnder.`);
    if (a.startDate !== null && a.deadline !== null && a.startDate > a.deadline) add('klart senast ligger före start.');
    for (const s of a.statusReports) {
      if (s.body !== null && !bodies.has(tidy(s.body))) add(`nämnden ”${s.body}” saknas i filens lista över nämnder.`);
      if (s.source !== null && !sources.has(s.source)) add(`källa ${s.source} saknas i filens lista över källor.`);
    }
  }));
  const cited = [...plan.findings, ...plan.areas.flatMap((a) => a.findings)].flatMap((f) => f.sources).concat(plan.reportSources.map((r) => r.source));
  for (const key of new Set(cited.filter((k) => !sources.has(k)))) {
    problems.push({ field: 'Källförteckning', message: `Källförteckning: källa ${key} saknas i filens lista över källor.` });
  }
  problems.push(...checkReportRefs(plan, (body) => bodies.has(tidy(body))));
  problems.push(...checkMeasureJson(plan));
  if (problems.length > 0) refuse(`”${fileName}” hänger inte ihop och kan inte återställas.`, problems);
  return plan;
}

/**
 * Restores a plan into the open plan file in one transaction, with its own dates (created, updated,
 * reported, noted, closed) kept, so the restored plan is the same data as the exported one. Nämnder and källor
 * already in the file are reused by name. Refuses when the file already has a plan by that name.
 */
export function restorePlan(ctx: ServiceContext, json: PlanJson): RestoreResult {
  noteWholeFile();
  return inTransaction(ctx, () => {
    if (ctx.db.prepare('SELECT 1 FROM plan WHERE name = ?').get(json.plan.name)) {
      throw new AppError('conflict', `Planfilen har redan en plan som heter ”${json.plan.name}”. Byt namn på den först om du vill återställa kopian. Inget har sparats.`);
    }
    let bodiesCreated = 0;
    const existingBodies = ctx.db.prepare('SELECT id, name FROM body').all() as { id: number; name: string }[];
    const bodyId = new Map(existingBodies.map((b) => [tidy(b.name), b.id]));
    for (const b of json.bodies) {
      if (bodyId.has(tidy(b.name))) continue;
      bodyId.set(tidy(b.name), createBody(ctx, { name: b.name, kind: b.kind, active: b.active }).id);
      bodiesCreated++;
    }
    let sourcesCreated = 0;
    const findSource = ctx.db.prepare(`SELECT id FROM source WHERE title = ? AND publisher = ? AND published_on IS ? AND reference = ? AND url = ?
      AND kind = ? ORDER BY id LIMIT 1`);
    const sourceId = new Map<number, number>();
    for (const s of json.sources) {
      const found = findSource.get(s.title, s.publisher, s.publishedOn, s.reference, s.url, s.kind) as { id: number } | undefined;
      if (!found) sourcesCreated++;
      sourceId.set(s.key, found?.id ?? createSource(ctx, {
        title: s.title, publisher: s.publisher, publishedOn: s.publishedOn, reference: s.reference, url: s.url, kind: s.kind,
      }).id);
    }
    const sourceOf = (key: number) => sourceId.get(key)!;
    const legacy = json.version < 3 ? questionsFromLegacyTexts(json.reportTexts) : { texts: json.reportTexts, questions: new Map() };

    const p = json.plan;
    const planId = insertRow(ctx, 'plan', {
      name: p.name, municipality: p.municipality, period_start: p.periodStart, period_end: p.periodEnd, decided_by: p.decidedBy,
      decided_on: p.decidedOn, diary_number: p.diaryNumber, overall_goal: p.overallGoal, revision_interval_years: p.revisionIntervalYears,
      follow_up_rhythm: p.followUpRhythm, created_at: p.createdAt, updated_at: p.updatedAt,
    });
    logCreate(ctx, 'plan', planId, p, { planId });
    restoreRevisions(ctx, planId, json.revisions);
    let actions = 0;
    let statusReports = 0;
    let measures = 0;
    let meetingNotes = restoreMeetingNotes(ctx, json.meetingNotes, { planId, areaId: null, actionId: null });
    const areaIds = json.areas.map((area, areaIndex) => {
      const areaId = insertRow(ctx, 'area', { plan_id: planId, position: areaIndex, name: area.name, description: area.description });
      logCreate(ctx, 'area', areaId, { planId, name: area.name, description: area.description }, { planId });
      meetingNotes += restoreMeetingNotes(ctx, area.meetingNotes, { planId, areaId, actionId: null });
      measures += restoreMeasures(ctx, area.measures, { planId, areaId, actionId: null });
      area.actions.forEach((a, actionIndex) => {
        const actionId = insertRow(ctx, 'action', {
          area_id: areaId, position: actionIndex, number: a.number, title: a.title, description: a.description,
          proposed_measures: a.proposedMeasures, start_date: a.startDate, deadline: a.deadline, indicator_text: a.indicatorText,
          created_at: a.createdAt, updated_at: a.updatedAt,
        });
        for (const r of a.responsible) insertRow(ctx, 'action_body', { action_id: actionId, body_id: bodyId.get(tidy(r.body)), role: r.role });
        const { statusReports: reports, meetingNotes: notes, measures: actionMeasures, ...fields } = a;
        logCreate(ctx, 'action', actionId, { ...fields, responsible: a.responsible.map((r) => `${r.body} (${r.role})`).join(', ') }, { planId, actionId });
        actions++;
        for (const s of reports) {
          const values = {
            action_id: actionId, reported_on: s.reportedOn, status: s.status, assessment: s.assessment, comment: s.comment,
            source_id: s.source === null ? null : sourceId.get(s.source), period: s.period, reported_by: s.reportedBy,
            body_id: s.body === null ? null : bodyId.get(tidy(s.body)), stop_decision: s.stopDecision, stop_decided_by: s.stopDecidedBy,
            stop_decided_on: s.stopDecidedOn, created_at: s.createdAt,
          };
          logCreate(ctx, 'status_report', insertRow(ctx, 'status_report', values), s, { planId, actionId });
          statusReports++;
        }
        meetingNotes += restoreMeetingNotes(ctx, notes, { planId, areaId: null, actionId });
        measures += restoreMeasures(ctx, actionMeasures, { planId, areaId: null, actionId });
      });
      restoreQuestions(ctx, { planId, areaId }, [...area.questions, ...(legacy.questions.get(areaIndex + 1) ?? [])]);
      restoreFindings(ctx, { planId, areaId }, area.findings, sourceOf);
      return areaId;
    });
    restoreFindings(ctx, { planId, areaId: null }, json.findings, sourceOf);
    restoreReportSources(ctx, planId, json.reportSources, sourceOf);
    const ids = { planId, areaIds, bodyId: (name: string) => bodyId.get(tidy(name))! };
    restoreReportTexts(ctx, legacy.texts, ids);
    const closedYears = restoreSnapshots(ctx, json.reportSnapshots, ids);
    return { planId, planName: p.name, areas: json.areas.length, actions, statusReports, meetingNotes, measures, closedYears, bodiesCreated, sourcesCreated };
  });
}
