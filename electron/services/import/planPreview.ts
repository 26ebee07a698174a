import type { PlanImportBody, PlanImportPreview } from '@shared/domain/transfer';
import type { ServiceContext } from '../context';
import { listAreas } from '../plan/areas';
import { listBodies } from '../plan/bodies';
import { getPlan } from '../plan/plans';
import { matchBody, type KnownBody } from './bodyNames';
import type { Sheet } from './cells';
import { parsePlanSheets, rowList, type ParsedPlan } from './planRows';
import { fold, tidy } from './text';

/**
 * What an import would create, before anything is written: områden, åtgärder and nämnder, which
 * names already exist, and which are close to an existing nämnd (for the user to decide).
 */
export function knownBodies(ctx: ServiceContext): KnownBody[] {
  return listBodies(ctx).map((b) => ({ id: b.id, name: b.name }));
}

export function parsePlanFile(ctx: ServiceContext, sheets: Sheet[], fileName: string): ParsedPlan {
  return parsePlanSheets(sheets, fileName, new Set(knownBodies(ctx).map((b) => tidy(b.name))));
}

/** Each distinct name in the file (case and spacing ignored), in the order first met. */
export function distinctBodyNames(parsed: ParsedPlan): { name: string; actions: number; firstRow: number }[] {
  const byKey = new Map<string, { name: string; actions: number; firstRow: number }>();
  for (const action of parsed.actions) {
    for (const body of action.responsible) {
      const entry = byKey.get(tidy(body.name));
      if (entry) entry.actions++;
      else byKey.set(tidy(body.name), { name: body.name, actions: 1, firstRow: action.row });
    }
  }
  return [...byKey.values()];
}

function nearInFile(names: { name: string; firstRow: number }[]): string[] {
  const warnings: string[] = [];
  names.forEach((a, i) => {
    const twin = names.slice(0, i).find((b) => fold(b.name) === fold(a.name));
    if (twin) warnings.push(`”${a.name}” (rad ${a.firstRow}) liknar ”${twin.name}” (rad ${twin.firstRow}) i samma fil. Kontrollera stavningen: annars blir det två nämnder.`);
  });
  return warnings;
}

export function buildPlanPreview(ctx: ServiceContext, parsed: ParsedPlan, fileName: string, targetPlanId: number | null): PlanImportPreview {
  const bodies = knownBodies(ctx);
  const names = distinctBodyNames(parsed);
  const previewBodies: PlanImportBody[] = names.map((n) => ({ name: n.name, actions: n.actions, match: matchBody(n.name, bodies) }));

  const existingAreas = new Set(targetPlanId === null ? [] : listAreas(ctx, getPlan(ctx, targetPlanId).id).map((a) => tidy(a.name)));
  const areas = new Map<string, { name: string; isNew: boolean; actions: number }>();
  for (const action of parsed.actions) {
    const key = tidy(action.areaName);
    const area = areas.get(key) ?? { name: action.areaName, isNew: !existingAreas.has(key), actions: 0 };
    area.actions++;
    areas.set(key, area);
  }

  // Two new spellings of one name; a spelling close to an existing nämnd is already offered as a match.
  const warnings = [...parsed.warnings, ...nearInFile(names.filter((_, i) => previewBodies[i].match.kind === 'new'))];
  if (targetPlanId !== null) {
    const existing = new Set((ctx.db.prepare('SELECT a.number, a.title FROM action a JOIN area ar ON ar.id = a.area_id WHERE ar.plan_id = ?')
      .all(targetPlanId) as { number: string; title: string }[]).map((a) => `${tidy(a.number)}|${tidy(a.title)}`));
    const twins = parsed.actions.filter((a) => existing.has(`${tidy(a.number)}|${tidy(a.title)}`)).map((a) => a.row);
    if (twins.length > 0) warnings.push(`Rad ${rowList(twins)}: planen har redan en åtgärd med samma nummer och titel. De läses in en gång till om du fortsätter.`);
  }

  const baseName = fileName.replace(/\.[^.]+$/, '').trim();
  return {
    fileName,
    sheetName: parsed.sheetName,
    headerRow: parsed.headerRow,
    columns: parsed.columns,
    suggestedPlanName: (parsed.title ?? baseName) || 'Importerad plan',
    areas: [...areas.values()],
    actions: parsed.actions.map((a) => ({
      row: a.row, areaName: a.areaName, number: a.number, title: a.title, startDate: a.startDate, deadline: a.deadline,
      responsible: a.responsible.map((b) => b.name), status: a.status, comment: a.comment,
    })),
    bodies: previewBodies,
    statusReports: parsed.actions.filter((a) => a.status !== null).length,
    measures: parsed.actions.flatMap((a) => (a.measure ? [{ row: a.row, actionNumber: a.number, actionTitle: a.title, ...a.measure }] : [])),
    warnings,
  };
}
