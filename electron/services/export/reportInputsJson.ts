import { ASSESSMENTS, type Assessment } from '@shared/domain/status';
import type { SuggestionKind } from '@shared/domain/reportFinding';
import type { ServiceContext } from '../context';
import { logCreate } from '../changeLog';
import { insertRow } from '../records';
import type { ReportFindingJson, ReportQuestionJson, ReportTextJson, RevisionJson } from './planJsonSchema';

/**
 * The plan's revisions, Vår bedömning's questions, the iakttagelser and the källförteckning's own
 * entries in the JSON export. Questions and iakttagelser sit under their område (or the plan), and
 * cite sources by their key in the document, so no ids travel.
 */
interface QuestionRow {
  area_id: number; year: number; position: number; follows_rule: 0 | 1; question: string | null; assessment: Assessment | null;
  motivation: string | null; created_at: string; updated_at: string;
}
interface FindingRow {
  id: number; area_id: number | null; year: number; position: number; suggestion: SuggestionKind | null; dismissed: 0 | 1; text: string;
  created_by: string; created_at: string; updated_at: string;
}

export interface ReportInputsJson {
  revisions: RevisionJson[];
  questionsByArea: Map<number, ReportQuestionJson[]>;
  findingsByArea: Map<number, ReportFindingJson[]>;
  planFindings: ReportFindingJson[];
  reportSources: { year: number; source: number }[];
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Sources the plan's iakttagelser cite or the strateg added to a year: the export's list must hold them. */
export function sourceIdsOfReportInputs(ctx: ServiceContext, planId: number): number[] {
  return (ctx.db.prepare(`SELECT fs.source_id AS id FROM report_finding_source fs JOIN report_finding f ON f.id = fs.finding_id WHERE f.plan_id = ?
    UNION SELECT source_id FROM report_source WHERE plan_id = ?`).all(planId, planId) as { id: number }[]).map((r) => r.id);
}

export function reportInputsToJson(ctx: ServiceContext, planId: number, sourceKey: Map<number, number>): ReportInputsJson {
  const revisions = (ctx.db.prepare('SELECT * FROM plan_revision WHERE plan_id = ? ORDER BY revised_on, id').all(planId) as
    { revised_on: string; decided_by: string; diary_number: string; changes: string; created_at: string; updated_at: string }[])
    .map((r) => ({ revisedOn: r.revised_on, decidedBy: r.decided_by, diaryNumber: r.diary_number, changes: r.changes, createdAt: r.created_at, updatedAt: r.updated_at }));
  const questionsByArea = new Map<number, ReportQuestionJson[]>();
  for (const q of ctx.db.prepare('SELECT * FROM report_question WHERE plan_id = ? ORDER BY year, position, id').all(planId) as QuestionRow[]) {
    push(questionsByArea, q.area_id, {
      year: q.year, position: q.position, followsRule: q.follows_rule === 1, question: q.question, assessment: q.assessment,
      motivation: q.motivation, createdAt: q.created_at, updatedAt: q.updated_at,
    });
  }
  const cited = ctx.db.prepare('SELECT source_id FROM report_finding_source WHERE finding_id = ? ORDER BY source_id');
  const findingsByArea = new Map<number, ReportFindingJson[]>();
  const planFindings: ReportFindingJson[] = [];
  for (const f of ctx.db.prepare('SELECT * FROM report_finding WHERE plan_id = ? ORDER BY year, position, id').all(planId) as FindingRow[]) {
    const finding = {
      year: f.year, position: f.position, suggestion: f.suggestion, dismissed: f.dismissed === 1, text: f.text,
      sources: (cited.all(f.id) as { source_id: number }[]).map((s) => sourceKey.get(s.source_id)!),
      createdBy: f.created_by, createdAt: f.created_at, updatedAt: f.updated_at,
    };
    if (f.area_id === null) planFindings.push(finding);
    else push(findingsByArea, f.area_id, finding);
  }
  const reportSources = (ctx.db.prepare('SELECT year, source_id FROM report_source WHERE plan_id = ? ORDER BY year, source_id').all(planId) as
    { year: number; source_id: number }[]).map((r) => ({ year: r.year, source: sourceKey.get(r.source_id)! }));
  return { revisions, questionsByArea, findingsByArea, planFindings, reportSources };
}

export function restoreRevisions(ctx: ServiceContext, planId: number, revisions: RevisionJson[]): void {
  for (const r of revisions) {
    const id = insertRow(ctx, 'plan_revision', {
      plan_id: planId, revised_on: r.revisedOn, decided_by: r.decidedBy, diary_number: r.diaryNumber, changes: r.changes,
      created_at: r.createdAt, updated_at: r.updatedAt,
    });
    logCreate(ctx, 'plan_revision', id, { planId, revisedOn: r.revisedOn, decidedBy: r.decidedBy, diaryNumber: r.diaryNumber, changes: r.changes }, { planId });
  }
}

export function restoreQuestions(ctx: ServiceContext, about: { planId: number; areaId: number }, questions: ReportQuestionJson[]): void {
  for (const q of questions) {
    const id = insertRow(ctx, 'report_question', {
      plan_id: about.planId, area_id: about.areaId, year: q.year, position: q.position, follows_rule: q.followsRule ? 1 : 0,
      question: q.question, assessment: q.assessment, motivation: q.motivation, created_at: q.createdAt, updated_at: q.updatedAt,
    });
    logCreate(ctx, 'report_question', id, { areaId: about.areaId, year: q.year, followsRule: q.followsRule, question: q.question,
      assessment: q.assessment, motivation: q.motivation }, { planId: about.planId });
  }
}

export function restoreFindings(ctx: ServiceContext, about: { planId: number; areaId: number | null }, findings: ReportFindingJson[],
  sourceId: (key: number) => number): void {
  for (const f of findings) {
    const id = insertRow(ctx, 'report_finding', {
      plan_id: about.planId, area_id: about.areaId, year: f.year, position: f.position, suggestion: f.suggestion, dismissed: f.dismissed ? 1 : 0,
      text: f.text, created_by: f.createdBy, created_at: f.createdAt, updated_at: f.updatedAt,
    });
    const sourceIds = [...new Set(f.sources.map(sourceId))];
    for (const source of sourceIds) insertRow(ctx, 'report_finding_source', { finding_id: id, source_id: source });
    logCreate(ctx, 'report_finding', id, { year: f.year, areaId: about.areaId, text: f.text, sourceIds, suggestion: f.suggestion }, { planId: about.planId });
  }
}

export function restoreReportSources(ctx: ServiceContext, planId: number, entries: { year: number; source: number }[], sourceId: (key: number) => number): void {
  for (const e of entries) {
    const id = sourceId(e.source);
    insertRow(ctx, 'report_source', { plan_id: planId, year: e.year, source_id: id });
    logCreate(ctx, 'report_source', id, { year: e.year }, { planId });
  }
}

const LEGACY_ANSWER = /^omrade\.\*\.(bedomning|motivering)$/;

/**
 * A version 2 document keeps the answers to an område's standard question as report texts
 * ("omrade.*.bedomning", "omrade.*.motivering"); they become standard questions, as migration 110
 * does for a plan file. Returns the other texts and the questions per område (1-based place).
 */
export function questionsFromLegacyTexts(texts: ReportTextJson[]): { texts: ReportTextJson[]; questions: Map<number, ReportQuestionJson[]> } {
  const questions = new Map<number, ReportQuestionJson[]>();
  const rest: ReportTextJson[] = [];
  for (const t of texts) {
    const match = LEGACY_ANSWER.exec(t.key);
    if (!match || t.area === undefined) {
      rest.push(t);
      continue;
    }
    const list = questions.get(t.area) ?? [];
    let q = list.find((x) => x.year === t.year);
    if (!q) {
      q = { year: t.year, position: 0, followsRule: true, question: null, assessment: null, motivation: null, createdAt: t.updatedAt, updatedAt: t.updatedAt };
      list.push(q);
      questions.set(t.area, list);
    }
    if (match[1] === 'bedomning') q.assessment = (ASSESSMENTS as readonly string[]).includes(t.text) ? t.text as Assessment : null;
    else q.motivation = t.text;
    if (t.updatedAt < q.createdAt) q.createdAt = t.updatedAt;
    if (t.updatedAt > q.updatedAt) q.updatedAt = t.updatedAt;
  }
  return { texts: rest, questions };
}
