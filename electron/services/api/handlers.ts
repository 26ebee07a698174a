import type { Handlers } from './session';
import { appHandlers } from './appHandlers';
import { planHandlers } from '../plan/planHandlers';
import { changeHandlers } from '../undo/changeHandlers';
import { settingsHandlers } from '../settings/settingsHandlers';
import { reportHandlers } from '../report/reportHandlers';
import { dashboardHandlers } from '../dashboard/dashboardHandlers';
import { auditHandlers } from '../audit/auditHandlers';
import { indicatorHandlers } from '../indicator/indicatorHandlers';
import { importHandlers } from '../import/importHandlers';
import { underlagHandlers } from '../underlag/underlagHandlers';
import { exportHandlers } from '../export/exportHandlers';
import { measureHandlers } from '../measure/measureHandlers';
import { backupHandlers } from '../backup/backupHandlers';
import { userHandlers } from '../accounts/userHandlers';

export type { Handlers, Session, SessionWrites } from './session';

/**
 * One handler per contract entry, each feature's beside its services. The type makes a contract
 * entry without a handler a compile error (and tests/services/api/dispatch.test.ts one without a call).
 */
export const handlers: Handlers = {
  ...appHandlers,
  ...planHandlers,
  ...changeHandlers,
  ...settingsHandlers,
  ...reportHandlers,
  ...dashboardHandlers,
  ...auditHandlers,
  ...indicatorHandlers,
  ...importHandlers,
  ...underlagHandlers,
  ...exportHandlers,
  ...measureHandlers,
  ...backupHandlers,
  ...userHandlers,
};
