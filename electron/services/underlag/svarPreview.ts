import type { ReportedStatus } from '@shared/domain/status';
import type { SvarOutcome, SvarPreview, SvarRow } from '@shared/domain/transfer';
import { AppError } from '@shared/errors';
import type { ServiceContext } from '../context';
import { ImportProblems } from '../import/importProblems';
import { readStatus } from '../import/statusWords';
import { listActionStatus } from '../plan/actionStatus';
import { getPlan } from '../plan/plans';
import type { Body, Plan } from '@shared/domain/types';
import { fileIdentity } from './fileIdentity';
import type { SvarFile, SvarFileRow } from './svarFile';
import { requirePeriod } from './underlagData';
import { REPORTED_BY_CELL, rowCheck } from './underlagLayout';

const REPORTED_BY_ROW = Number(REPORTED_BY_CELL.slice(1));
import { readMeasureCell } from './underlagMeasures';
import { listMeasures } from '../measure/measures';
import { periodOutsidePlan } from '@shared/domain/measureRules';
import { formatMeasureValue } from '@shared/measureLabels';

export interface SvarOptions {
  /** Default: the period the underlag was sent out for. */
  period?: string;
  /** Default: today. */
  reportedOn?: string;
}

function refuse(message: string): never {
  throw new AppError('refused_file', `${message} Inget har sparats.`);
}

function lookup<T>(ctx: ServiceContext, sql: string, id: number): T | undefined {
  return ctx.db.prepare(sql).get(id) as T | undefined;
}

/** The same status, comment and källa from the same nämnd for the same period: already read in. */
function alreadyReported(ctx: ServiceContext): (actionId: number, bodyId: number, period: string, status: ReportedStatus, comment: string, source: string) => boolean {
  const statement = ctx.db.prepare(`SELECT 1 FROM status_report s LEFT JOIN source src ON src.id = s.source_id
    WHERE s.action_id = ? AND s.body_id = ? AND s.period = ? AND s.status = ? AND s.comment = ? AND COALESCE(src.title, '') = ? COLLATE NOCASE LIMIT 1`);
  return (actionId, bodyId, period, status, comment, source) => statement.get(actionId, bodyId, period, status, comment, source) !== undefined;
}

/**
 * What reading a returned underlag would do, row by row: a new status report, already read in,
 * no answer, or not read (unknown or altered rows). Refuses a file from another plan file and a
 * file with values that are not statuses, naming every such row.
 */
export function buildSvarPreview(ctx: ServiceContext, file: SvarFile, fileName: string, options: SvarOptions): SvarPreview {
  const { marker } = file;
  if (marker.fileId !== fileIdentity(ctx)) {
    refuse(`”${fileName}” hör till en annan planfil än den som är öppen. Ett underlag kan bara läsas in i den planfil det skickades ut från.`);
  }
  const plan = lookup<Pick<Plan, 'name'>>(ctx, 'SELECT name FROM plan WHERE id = ?', marker.planId);
  if (!plan) refuse(`Planen som ”${fileName}” gäller finns inte längre i planfilen.`);
  const body = lookup<Pick<Body, 'name'>>(ctx, 'SELECT name FROM body WHERE id = ?', marker.bodyId);
  if (!body) refuse(`Nämnden som ”${fileName}” skickades till finns inte längre i planfilen.`);
  const period = requirePeriod(options.period ?? marker.period).key;
  const reportedOn = options.reportedOn ?? ctx.today();
  if (reportedOn > ctx.today()) throw new AppError('validation', 'Datum kan inte ligga i framtiden.', [{ field: 'reportedOn', message: 'Datum kan inte ligga i framtiden.' }]);

  const actions = new Map(listActionStatus(ctx, { planId: marker.planId }).map((a) => [a.id, a]));
  const measures = new Map(listMeasures(ctx, { planId: marker.planId }).map((m) => [m.id, m]));
  const isAlready = alreadyReported(ctx);
  const problems = new ImportProblems();
  const seen = new Map<number, number>();
  const rows: SvarRow[] = file.rows.map((r: SvarFileRow) => {
    const action = r.id === null ? undefined : actions.get(r.id);
    const base = { row: r.row, actionId: r.id, number: r.number, title: r.title, comment: r.comment, source: r.source, values: [] };
    const notRead = (outcome: SvarOutcome, note: string): SvarRow => ({ ...base, outcome, currentStatus: action?.latestStatus ?? null, newStatus: null, note });
    if (r.id === null) return notRead('unknown', 'Raden fanns inte i underlaget som skickades ut.');
    if (r.check !== rowCheck(marker.fileId, r.id, r.number, r.title)) return notRead('altered', 'Nr eller Åtgärd har ändrats i filen, så raden läses inte in.');
    if (seen.has(r.id)) return notRead('altered', `Samma åtgärd finns redan på rad ${seen.get(r.id)}.`);
    seen.set(r.id, r.row);
    if (!action) return notRead('unknown', 'Åtgärden finns inte längre i planen.');

    const reading = r.status === '' ? null : readStatus(r.status);
    if (r.status !== '' && reading === null) problems.add(r.row, 'Status', r.status, 'är inte en status (Ej påbörjad, Pågående, Genomförd eller Avbruten).');
    if (r.status === '' && (r.comment !== '' || r.source !== '')) problems.add(r.row, 'Status', null, 'är tom, men Kommentar eller Källa är ifylld. Välj en status.');
    problems.checkText(r.row, 'Kommentar', r.comment);
    problems.checkText(r.row, 'Källa', r.source);
    if (r.status === '' && r.comment === '' && r.source === '' && r.measures.length > 0) problems.add(r.row, 'Status', null, 'är tom, men ett utfall är ifyllt. Välj en status.');
    const values = r.measures.flatMap((cell) => {
      const measure = measures.get(cell.measureId);
      const shown = typeof cell.value === 'string' ? cell.value : String(cell.value);
      if (!measure || measure.actionId !== action.id) {
        problems.add(r.row, cell.header, shown, 'hör inte till åtgärden på raden. Skriv utfallet på raden för måttets åtgärd.');
        return [];
      }
      const read = readMeasureCell(cell.value, measure.unit);
      if ('problem' in read) {
        problems.add(r.row, cell.header, shown, read.problem);
        return [];
      }
      return [{ measureId: measure.id, name: measure.name, value: read.value, shown: formatMeasureValue(read.value, measure.unit) }];
    });
    if (r.comment.length > 20_000) problems.add(r.row, 'Kommentar', null, 'är längre än 20 000 tecken.');
    if (r.source.length > 300) problems.add(r.row, 'Källa', null, 'är längre än 300 tecken.');
    const newStatus = reading?.status ?? null;
    const outcome: SvarOutcome = newStatus === null ? 'unanswered'
      : isAlready(action.id, marker.bodyId, period, newStatus, r.comment, r.source) ? 'already' : 'create';
    const note = outcome === 'already' ? 'Redan inläst.' : outcome === 'unanswered' ? 'Ingen status ifylld.' : '';
    return { ...base, values, outcome, currentStatus: action.latestStatus, newStatus, note };
  });
  problems.checkText(REPORTED_BY_ROW, 'Ifyllt av', file.reportedBy);
  problems.throwIfAny(fileName);

  const counts: Record<SvarOutcome, number> = { create: 0, already: 0, unanswered: 0, unknown: 0, altered: 0 };
  for (const row of rows) counts[row.outcome]++;
  const warnings: string[] = [];
  if (period !== marker.period) warnings.push(`Underlaget skickades ut för period ${marker.period}; lägesrapporterna sparas för ${period}.`);
  const outside = rows.some((r) => r.values.length > 0) ? periodOutsidePlan(getPlan(ctx, marker.planId), period) : null;
  if (outside) warnings.push(`${outside} Utfallen sparas ändå för den perioden.`);
  return {
    fileName, planId: marker.planId, planName: plan.name, bodyId: marker.bodyId, bodyName: body.name, filePeriod: marker.period,
    period, reportedOn, reportedBy: file.reportedBy || body.name, rows, counts, warnings,
  };
}
