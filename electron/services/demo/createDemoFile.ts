import { rmSync } from 'node:fs';
import { createPlanFile, type OpenPlanFile } from '../db/openPlanFile';
import { createContext } from '../context';
import { loadDemoPlan } from './loadDemoPlan';

/** A new plan file holding the demo plan: what first start and `cli demo` create. */
export function createDemoFile(path: string, user = 'Demo'): OpenPlanFile {
  const file = createPlanFile(path);
  try {
    loadDemoPlan(createContext(file.db, user));
    return file;
  } catch (error) {
    file.db.close();
    rmSync(path, { force: true });
    throw error;
  }
}
