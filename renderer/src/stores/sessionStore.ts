import { create } from 'zustand';
import type { Role } from '@shared/domain/users';
import type { ServerSession } from '../api/serverSession';

/**
 * Server mode: who is signed in in this tab (GET /auth/session), and whether the server has since
 * said the session ended. Null session: the desktop app or browser mode, where nobody signs in.
 */
interface SessionState {
  session: ServerSession | null;
  signedOut: boolean;
  setSession: (session: ServerSession | null) => void;
  markSignedOut: () => void;
}

export const useSessionStore = create<SessionState>((set) => ({
  session: null,
  signedOut: false,
  setSession: (session) => set(session === null ? { session: null } : { session, signedOut: false }),
  markSignedOut: () => set({ signedOut: true }),
}));

/** Whether a role may write anything at all: a läsare may not (the server decides every call; this hides the buttons). */
export function roleCanWrite(role: Role | null): boolean {
  return role !== 'lasare';
}

/** Whether a role may change the plan itself (åtgärder, områden, the plan): the administratör; a rapportör reports. */
export function roleCanEditPlan(role: Role | null): boolean {
  return role === null || role === 'admin';
}

/** The signed-in person's role in server mode; null on the desktop and in browser mode. */
export function useRole(): Role | null {
  return useSessionStore((s) => s.session?.user.role ?? null);
}
