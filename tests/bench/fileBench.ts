import { dispatch } from '../../electron/services/api/dispatch';
import type { Session } from '../../electron/services/api/handlers';
import { createContext } from '../../electron/services/context';
import { openPlanFile, type OpenPlanFile } from '../../electron/services/db/openPlanFile';
import { getStatusSummary } from '../../electron/services/plan/statusSummary';
import { NO_PLATFORM } from '../../electron/services/platform';
import { bench, type BenchResult } from './measure';

/** The plan file opened as the app's services see it, with a session for dispatch (and the HTTP bridge). */
export function openBenchSession(path: string): { file: OpenPlanFile; session: Session } {
  const file = openPlanFile(path);
  const ctx = createContext(file.db, 'bench');
  const session: Session = {
    ctx, readOnly: false, platform: NO_PLATFORM,
    info: () => ({ appVersion: 'bench', filePath: path, fileName: 'storkommun.sqlite', schemaVersion: 0, readOnly: false, today: ctx.today(), integrity: { state: 'ok' }, alert: null }),
  };
  return { file, session };
}

/**
 * The figures of an open plan file that grow with it: the summary per område and nämnd (target
 * ≤ 50 ms on the large file), one plan's, and API calls made directly through dispatch. Plan 7 has
 * 250 åtgärder and 750 mått in the large file and at 4× alike (the plans grow in number, not size).
 */
export async function benchOpenFile(session: Session, asOf: string): Promise<BenchResult[]> {
  const { ctx } = session;
  return [
    await bench('Status per område och nämnd, öppen fil', () => getStatusSummary(ctx, { planId: null, asOf }), 21, 50, { id: 'statusSummary' }),
    await bench('Status för en plan (250 åtgärder), öppen fil', () => getStatusSummary(ctx, { planId: 7, asOf }), 51, null, { id: 'statusSummaryOnePlan' }),
    await bench('API-anrop listPlans direkt (dispatch)', () => dispatch(session, 'listPlans', {}), 201, null, { id: 'listPlansDirect' }),
    await bench('API-anrop getStatusSummary direkt (dispatch)', () => dispatch(session, 'getStatusSummary', { planId: null, asOf }), 21, null, { id: 'statusSummaryDirect' }),
    // Översikt's Mått panel: every mått of one plan (750) judged, from ≈ 75,000 utfall in the file.
    await bench('API-anrop getMeasureOverview för en plan (750 mått)', () => dispatch(session, 'getMeasureOverview', { planId: 7, asOf }), 21, null, { id: 'measureOverviewOnePlan' }),
  ];
}
