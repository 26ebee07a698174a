/**
 * Child process for the crash-safety test: writes status reports through the real services in a
 * loop and prints each report's id only after its transaction has committed ("acknowledged").
 */
import { openPlanFile } from '../../electron/services/db/openPlanFile';
import { createContext } from '../../electron/services/context';
import { createStatusReport } from '../../electron/services/plan/statusReports';

const file = openPlanFile(process.argv[2]);
const ctx = createContext(file.db, 'krocktest');
const actionIds = (file.db.prepare('SELECT id FROM action').all() as { id: number }[]).map((r) => r.id);
let n = 0;
for (;;) {
  const report = createStatusReport(ctx, {
    actionId: actionIds[n % actionIds.length], reportedOn: '2026-01-15', status: 'pagaende', assessment: null,
    comment: `Skrivning ${n} ${'x'.repeat(n % 500)}`, sourceId: null, period: '2026-T1', reportedBy: 'Krocktest', bodyId: null,
  });
  process.stdout.write(`${report.id}\n`);
  n += 1;
}
