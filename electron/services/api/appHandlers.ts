import { AppError } from '@shared/errors';
import type { Handlers, Session, SessionWrites } from './session';

function writesOf(session: Session): SessionWrites {
  if (!session.writes) throw new AppError('conflict', 'Det finns inga ändringar som inte har sparats.');
  return session.writes;
}

/** The open file as the session knows it (shared/api/app.ts). */
export const appHandlers = {
  getAppInfo: (s) => s.info(),
  saveUnsavedCopy: (s) => writesOf(s).saveUnsavedCopy(),
} satisfies Partial<Handlers>;
