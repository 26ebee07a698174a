import type { ServiceContext } from '../context';
import type { Assessment } from '@shared/domain/status';
import type { ReportQuestion } from '@shared/domain/reportQuestion';
import { conflict, invalid, notFound } from '@shared/errors';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateRows } from '../records';
import { Problems } from '../validation';
import { listAreas } from '../plan/areas';
import { getPlan } from '../plan/plans';
import { checkReportYear } from './reportYear';
import { assertYearOpen } from './snapshots';

/**
 * Vår bedömning's questions per utvecklingsområde and report year (shared/domain/reportQuestion.ts).
 * An område without rows that year has just the standard question, answered by the rule. The first
 * change to an område's questions writes its standard question as a row first, so adding a question
 * keeps the standard one and removing the standard one is remembered. The last question of an
 * område cannot be removed: every område ends in Vår bedömning.
 */
interface QuestionRow {
  id: number; plan_id: number; area_id: number; year: number; position: number; follows_rule: 0 | 1;
  question: string | null; assessment: Assessment | null; motivation: string | null; version: number;
}

function toQuestion(row: QuestionRow): ReportQuestion {
  return {
    id: row.id, planId: row.plan_id, areaId: row.area_id, year: row.year, position: row.position, followsRule: row.follows_rule === 1,
    question: row.question, assessment: row.assessment, motivation: row.motivation, version: row.version,
  };
}

/** What a question says; null in the standard question means "as the rule and the standard wording say". */
export interface QuestionContent {
  question: string | null;
  assessment: Assessment | null;
  motivation: string | null;
}

interface AreaYear { planId: number; year: number; areaId: number }

function rowsOf(ctx: ServiceContext, key: AreaYear): QuestionRow[] {
  return ctx.db.prepare('SELECT * FROM report_question WHERE area_id = ? AND year = ? ORDER BY position, id').all(key.areaId, key.year) as QuestionRow[];
}

/** Every område's questions for the year, in plan order; the standard question where none is saved. */
export function listReportQuestions(ctx: ServiceContext, input: { planId: number; year: number }): ReportQuestion[] {
  getPlan(ctx, input.planId);
  const rows = ctx.db.prepare('SELECT * FROM report_question WHERE plan_id = ? AND year = ? ORDER BY area_id, position, id')
    .all(input.planId, input.year) as QuestionRow[];
  return listAreas(ctx, input.planId).flatMap((area) => {
    const own = rows.filter((r) => r.area_id === area.id).map(toQuestion);
    if (own.length > 0) return own;
    return [{ id: null, planId: input.planId, areaId: area.id, year: input.year, position: 0, followsRule: true, question: null, assessment: null, motivation: null, version: 0 }];
  });
}

function getQuestion(ctx: ServiceContext, id: number): QuestionRow {
  const row = ctx.db.prepare('SELECT * FROM report_question WHERE id = ?').get(id) as QuestionRow | undefined;
  if (!row) throw notFound(`Frågan finns inte (id ${id}).`);
  return row;
}

/** The område belongs to the plan, the year is one the plan can report on, and it is not closed. */
function checkAreaYear(ctx: ServiceContext, key: AreaYear): void {
  const plan = getPlan(ctx, key.planId);
  checkReportYear(ctx, plan, key.year);
  assertYearOpen(ctx, key.planId, key.year);
  const area = ctx.db.prepare('SELECT plan_id FROM area WHERE id = ?').get(key.areaId) as { plan_id: number } | undefined;
  if (area?.plan_id !== key.planId) throw invalid('areaId', `Utvecklingsområdet finns inte i planen (id ${key.areaId}).`);
}

/** An own question needs its wording, its answer and a motivering; the standard one may leave them to the rule. */
function checkContent(content: QuestionContent, followsRule: boolean): void {
  if (followsRule) return;
  new Problems()
    .check(content.question !== null && content.question.trim() !== '', 'question', 'Skriv frågan.')
    .check(content.assessment !== null, 'assessment', 'Välj Ja, Delvis eller Nej som svar på frågan.')
    .check(content.motivation !== null && content.motivation.trim() !== '', 'motivation', 'Skriv en motivering till svaret.')
    .throwIfAny();
}

function logged(row: Pick<QuestionRow, 'area_id' | 'year' | 'follows_rule' | 'question' | 'assessment' | 'motivation'>) {
  return { areaId: row.area_id, year: row.year, followsRule: row.follows_rule === 1, question: row.question, assessment: row.assessment, motivation: row.motivation };
}

/** Writes the standard question as a row when the område has none that year, so it survives the change. */
function materialise(ctx: ServiceContext, key: AreaYear): QuestionRow[] {
  const rows = rowsOf(ctx, key);
  if (rows.length > 0) return rows;
  const now = ctx.now();
  const id = insertRow(ctx, 'report_question', {
    plan_id: key.planId, area_id: key.areaId, year: key.year, position: 0, follows_rule: 1,
    question: null, assessment: null, motivation: null, created_at: now, updated_at: now,
  });
  const row = getQuestion(ctx, id);
  logCreate(ctx, 'report_question', id, logged(row), { planId: key.planId });
  return [row];
}

export function createReportQuestion(ctx: ServiceContext, input: AreaYear & { question: string; assessment: Assessment; motivation: string }): ReportQuestion {
  return inTransaction(ctx, () => {
    checkAreaYear(ctx, input);
    checkContent(input, false);
    const rows = materialise(ctx, input);
    const now = ctx.now();
    const id = insertRow(ctx, 'report_question', {
      plan_id: input.planId, area_id: input.areaId, year: input.year, position: Math.max(...rows.map((r) => r.position)) + 1, follows_rule: 0,
      question: input.question, assessment: input.assessment, motivation: input.motivation, created_at: now, updated_at: now,
    });
    const row = getQuestion(ctx, id);
    logCreate(ctx, 'report_question', id, logged(row), { planId: input.planId });
    return toQuestion(row);
  });
}

/**
 * Changes a question's wording, answer and motivering (all three, as the form shows them). `id` null
 * is the standard question of an område that has no saved questions that year. On the standard
 * question null means "the standard wording" and "the rule's answer", which is how "Återställ
 * förslag" is written.
 */
export function updateReportQuestion(ctx: ServiceContext, input: AreaYear & { id: number | null } & QuestionContent): ReportQuestion {
  return inTransaction(ctx, () => {
    checkAreaYear(ctx, input);
    const rows = materialise(ctx, input);
    const before = input.id === null ? rows.find((r) => r.follows_rule === 1) : rows.find((r) => r.id === input.id);
    if (!before) throw notFound(input.id === null ? 'Områdets standardfråga är borttagen det här året.' : `Frågan finns inte i området det året (id ${input.id}).`);
    checkContent(input, before.follows_rule === 1);
    const after = { question: input.question, assessment: input.assessment, motivation: input.motivation };
    updateRows(ctx, 'report_question', { id: before.id }, { ...after, updated_at: ctx.now() });
    logUpdate(ctx, 'report_question', before.id, logged(before), logged({ ...before, ...after }), { planId: input.planId });
    return toQuestion(getQuestion(ctx, before.id));
  });
}

/** Removes a question; the område keeps at least one. */
export function deleteReportQuestion(ctx: ServiceContext, input: AreaYear & { id: number | null }): null {
  return inTransaction(ctx, () => {
    checkAreaYear(ctx, input);
    const rows = materialise(ctx, input);
    const target = input.id === null ? rows.find((r) => r.follows_rule === 1) : rows.find((r) => r.id === input.id);
    if (!target) throw notFound(`Frågan finns inte i området det året (id ${input.id ?? 'standardfrågan'}).`);
    if (rows.length === 1) {
      throw conflict('Varje utvecklingsområde behöver minst en fråga i Vår bedömning. Lägg till en ny fråga innan du tar bort den här.');
    }
    deleteRows(ctx, 'report_question', { id: target.id });
    logDelete(ctx, 'report_question', target.id, logged(target), { planId: input.planId });
    return null;
  });
}
