import type { ServiceContext } from '../context';
import type { ActionStatusRow, Area, Body, Plan, Source, StatusSummary } from '@shared/domain/types';
import { listActionStatus } from '../plan/actionStatus';
import { listAreas } from '../plan/areas';
import { listBodies } from '../plan/bodies';
import { getPlan } from '../plan/plans';
import { getStatusSummary } from '../plan/statusSummary';
import { toSource } from '../plan/sources';
import { listMeetingNoteReferences, type ProtocolReference } from './meetingNotes';
import { reportAsOf } from './reportYear';
import { loadYearInputs, type YearInputs } from './yearInputs';
import { getSettings } from '../settings/documentSettings';
import type { DocumentSettings } from '@shared/domain/settings';

/** Everything the reports read from the plan file for one plan and year, read once. */
export interface ReportData {
  plan: Plan;
  year: number;
  asOf: string;
  today: string;
  /** Inställningar: who writes the report ("Upprättad av") and the kommun it is for; never the operating system's user. */
  settings: DocumentSettings;
  /** The kommun on the cover: Inställningar's, else the plan's. */
  municipality: string;
  areas: Area[];
  /** Every åtgärd with its status as of `asOf`, in plan order. */
  actions: ActionStatusRow[];
  /** The same counts as the dashboards and `cli summary` for that date. */
  summary: StatusSummary;
  bodies: Body[];
  /** Status reports dated in the year (up to `asOf`), per reporting nämnd. */
  reportsByBody: { bodyName: string | null; reports: number }[];
  reportsInYear: number;
  actionsReportedInYear: number;
  /** Documents cited by the year's status reports. */
  sources: (Source & { citations: number })[];
  /** Protocols from meeting notes of the year, when the plan file has them. */
  protocols: ProtocolReference[];
  /** Revisions, questions, iakttagelser, mått, indicators, granskningar, silent nämnder, signer. */
  inputs: YearInputs;
}

export function loadReportData(ctx: ServiceContext, planId: number, year: number): ReportData {
  const plan = getPlan(ctx, planId);
  const settings = getSettings(ctx);
  const asOf = reportAsOf(ctx, plan, year);
  const from = `${year}-01-01`;
  const inYear = { planId, from, asOf };
  const yearReports = `FROM status_report s JOIN action a ON a.id = s.action_id JOIN area ar ON ar.id = a.area_id
    WHERE ar.plan_id = @planId AND s.reported_on >= @from AND s.reported_on <= @asOf`;
  const totals = ctx.db.prepare(`SELECT COUNT(*) AS reports, COUNT(DISTINCT s.action_id) AS actions ${yearReports}`).get(inYear) as
    { reports: number; actions: number };
  const reportsByBody = (ctx.db.prepare(`SELECT b.name AS bodyName, COUNT(*) AS reports ${yearReports.replace('WHERE', 'LEFT JOIN body b ON b.id = s.body_id WHERE')}
    GROUP BY b.name ORDER BY b.name IS NULL, b.name COLLATE NOCASE`).all(inYear)) as { bodyName: string | null; reports: number }[];
  const sources = ctx.db.prepare(`SELECT src.*, COUNT(*) AS citations ${yearReports.replace('WHERE', 'JOIN source src ON src.id = s.source_id WHERE')}
    GROUP BY src.id ORDER BY src.published_on IS NULL, src.published_on, src.title COLLATE NOCASE`).all(inYear) as
    (Parameters<typeof toSource>[0] & { citations: number })[];
  const actions = listActionStatus(ctx, { planId, asOf });
  const bodies = listBodies(ctx);
  return {
    plan, year, asOf, today: ctx.today(), settings, municipality: settings.municipality || plan.municipality,
    areas: listAreas(ctx, planId),
    actions,
    summary: getStatusSummary(ctx, { planId, asOf }),
    bodies,
    reportsByBody,
    reportsInYear: totals.reports,
    actionsReportedInYear: totals.actions,
    sources: sources.map((s) => ({ ...toSource(s), citations: s.citations })),
    protocols: listMeetingNoteReferences(ctx, planId, from, asOf),
    inputs: loadYearInputs(ctx, { plan, year, asOf, actions, bodies, settings }),
  };
}
