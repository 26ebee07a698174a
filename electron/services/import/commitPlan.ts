import { periodContaining } from '@shared/domain/period';
import type { PlanImportResult } from '@shared/domain/transfer';
import { AppError } from '@shared/errors';
import type { ServiceContext } from '../context';
import { createArea, listAreas } from '../plan/areas';
import { createBody } from '../plan/bodies';
import { createPlan, getPlan } from '../plan/plans';
import { inTransaction } from '../records';
import { guessBodyKind, matchBody } from './bodyNames';
import type { ParsedPlan } from './planRows';
import { distinctBodyNames, knownBodies } from './planPreview';
import { tidy } from './text';
import { writeImportedActions, type ActionToWrite } from './writeActions';
import { chosenMeasures, type MeasureChoice } from './writeMeasures';
import { noteWholeFile } from '../changedTables';

export type PlanImportTarget = { kind: 'new'; name: string } | { kind: 'existing'; planId: number };

export interface CommitPlanOptions {
  target: PlanImportTarget;
  /** The date of the imported status reports (the dialog's choice, default today). */
  statusDate: string;
  /** For names in the file: an existing nämnd to use, or null to create a new one. Required for near matches. */
  bodyChoices: { name: string; bodyId: number | null }[];
  /** Per row with a mått: another unit, or leave it out (the preview shows every reading). */
  measureChoices: MeasureChoice[];
}

/** Which nämnd each name in the file becomes: existing id, or null = create. Refuses undecided near matches. */
function resolveBodies(ctx: ServiceContext, parsed: ParsedPlan, choices: CommitPlanOptions['bodyChoices']): Map<string, number | null> {
  const bodies = knownBodies(ctx);
  const chosen = new Map(choices.map((c) => [tidy(c.name), c.bodyId]));
  const problems: { field: string; message: string }[] = [];
  const result = new Map<string, number | null>();
  for (const { name } of distinctBodyNames(parsed)) {
    const match = matchBody(name, bodies);
    const choice = chosen.get(tidy(name));
    if (match.kind === 'existing') {
      result.set(tidy(name), match.bodyId);
    } else if (choice !== undefined) {
      if (choice !== null && !bodies.some((b) => b.id === choice)) problems.push({ field: name, message: `Nämnden som valdes för ”${name}” finns inte längre.` });
      result.set(tidy(name), choice);
    } else if (match.kind === 'near') {
      problems.push({ field: name, message: `Välj om ”${name}” är ${match.candidates.map((c) => `”${c.name}”`).join(' eller ')} eller en ny nämnd.` });
    } else {
      result.set(tidy(name), null);
    }
  }
  if (problems.length > 0) {
    throw new AppError('validation', problems.length === 1 ? problems[0].message : `${problems.length} nämnder behöver ett val. Inget har sparats.`, problems);
  }
  return result;
}

function periodOf(parsed: ParsedPlan): { periodStart: number | null; periodEnd: number | null } {
  const starts = parsed.actions.map((a) => a.startDate).filter((d): d is string => d !== null).sort();
  const ends = parsed.actions.map((a) => a.deadline).filter((d): d is string => d !== null).sort();
  if (starts.length === 0 || ends.length === 0) return { periodStart: null, periodEnd: null };
  return { periodStart: Number(starts[0].slice(0, 4)), periodEnd: Number(ends[ends.length - 1].slice(0, 4)) };
}

/**
 * Writes the import in one transaction (all or nothing, one undo step): the plan or the chosen
 * one, new områden and nämnder, each åtgärd with its mått, and a status report where the file had a status.
 */
export function commitPlanImport(ctx: ServiceContext, parsed: ParsedPlan, options: CommitPlanOptions): PlanImportResult {
  if (options.statusDate > ctx.today()) {
    throw new AppError('validation', 'Statusdatum kan inte ligga i framtiden.', [{ field: 'statusDate', message: 'Statusdatum kan inte ligga i framtiden.' }]);
  }
  const measures = chosenMeasures(parsed, options.measureChoices, parsed.fileName);
  noteWholeFile();
  return inTransaction(ctx, () => {
    const bodyOf = resolveBodies(ctx, parsed, options.bodyChoices);
    const plan = options.target.kind === 'existing'
      ? getPlan(ctx, options.target.planId)
      : createPlan(ctx, {
        name: options.target.name, municipality: '', ...periodOf(parsed), decidedBy: '', decidedOn: null, diaryNumber: '',
        overallGoal: '', revisionIntervalYears: null, followUpRhythm: 'år',
      });
    const period = periodContaining(plan.followUpRhythm, options.statusDate).key;

    let bodiesCreated = 0;
    for (const { name } of distinctBodyNames(parsed)) {
      if (bodyOf.get(tidy(name)) !== null) continue;
      bodyOf.set(tidy(name), createBody(ctx, { name, kind: guessBodyKind(name), active: true }).id);
      bodiesCreated++;
    }

    const areaIds = new Map(listAreas(ctx, plan.id).map((a) => [tidy(a.name), a.id]));
    let areasCreated = 0;
    const rows: ActionToWrite[] = parsed.actions.map((a) => {
      let areaId = areaIds.get(tidy(a.areaName));
      if (areaId === undefined) {
        areaId = createArea(ctx, { planId: plan.id, name: a.areaName, description: '' }).id;
        areaIds.set(tidy(a.areaName), areaId);
        areasCreated++;
      }
      // Two names the user mapped to the same nämnd make one responsibility.
      return { areaId, action: a, bodyIds: [...new Set(a.responsible.map((b) => bodyOf.get(tidy(b.name))!))], measure: measures.get(a.row) ?? null };
    });
    const bodyNames = new Map(knownBodies(ctx).map((b) => [b.id, b.name]));
    const statusReportsCreated = writeImportedActions(ctx, plan.id, rows, { reportedOn: options.statusDate, period }, bodyNames);
    return { planId: plan.id, planName: plan.name, areasCreated, actionsCreated: parsed.actions.length, bodiesCreated, statusReportsCreated, measuresCreated: measures.size };
  });
}
