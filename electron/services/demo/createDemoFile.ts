import { rmSync } from 'node:fs';
import { createPlanFile, type OpenPlanFile } from '../db/openPlanFile';
import { createContext } from '../context';
import { loadDemoPlan } from './loadDemoPlan';
import { clearUndo } from '../undo/undoJournal';

/** A new plan file holding the demo plan: what first start and `cli demo` create. */
export function createDemoFile(path: string, user = 'Demo', clock?: () => Date): OpenPlanFile {
  const file = createPlanFile(path);
  try {
    const ctx = createContext(file.db, user, clock);
    loadDemoPlan(ctx);
    clearUndo(ctx);
    return file;
  } catch (error) {
    file.db.close();
    rmSync(path, { force: true });
    throw error;
  }
}
