import { fetchServerSession, newTabId, SIGN_IN_PATH, type ServerSession } from './serverSession';
import { createServerApi } from './serverApi';
import { connectLiveUpdates, REOPEN_DELAY_MS } from './liveUpdates';
import { useSessionStore } from '../stores/sessionStore';
import { invalidateChanged } from '../data/invalidate';
import { queryClient } from '../data/queryClient';

/**
 * Starts a page served by `planuppfoljning serve`: reads who is signed in, sends the browser to the
 * sign-in page when nobody is, and otherwise sets window.api to the server's calls and listens for
 * other people's changes. Resolves to false when the page is not served by such a server (nothing set).
 */
export async function startServerMode(): Promise<boolean | 'signing-in'> {
  let first: Awaited<ReturnType<typeof fetchServerSession>>;
  try {
    first = await fetchServerSession();
  } catch {
    return false;
  }
  if (first === 'no-server') return false;
  if (first === 'signed-out') {
    window.location.assign(SIGN_IN_PATH);
    return 'signing-in';
  }
  const store = useSessionStore.getState();
  store.setSession(first);
  const refresh = async (): Promise<ServerSession | null> => {
    const answer = await fetchServerSession().catch(() => null);
    if (answer === null || typeof answer === 'string') return null;
    useSessionStore.getState().setSession(answer);
    return answer;
  };
  const tabId = newTabId();
  window.api = createServerApi({
    tabId,
    session: () => useSessionStore.getState().session,
    refresh,
    onSignedOut: () => useSessionStore.getState().markSignedOut(),
  });
  // Other people's writes refresh this window exactly as this window's own writes do. When the
  // stream is refused, ask why: signed out → say so, and listen again once signed in anew; the
  // server unreachable → try again after a pause.
  let pendingReopen: (() => void) | null = null;
  const resumeIfSignedIn = (): void => {
    if (pendingReopen !== null && !useSessionStore.getState().signedOut) {
      const reopen = pendingReopen;
      pendingReopen = null;
      reopen();
    }
  };
  connectLiveUpdates({
    tabId,
    onChanged: (changed) => invalidateChanged(queryClient, changed),
    onGaveUp: (reopen) => {
      pendingReopen = reopen;
      void fetchServerSession().then((answer) => {
        if (answer === 'signed-out') useSessionStore.getState().markSignedOut();
        else if (typeof answer !== 'string') {
          useSessionStore.getState().setSession(answer);
          resumeIfSignedIn();
        }
      }, () => setTimeout(resumeIfSignedIn, REOPEN_DELAY_MS));
    },
  });
  useSessionStore.subscribe((state, before) => {
    if (before.signedOut && !state.signedOut) resumeIfSignedIn();
  });
  // Back in this tab after signing in again in another: the notice goes, the new token is used.
  window.addEventListener('focus', () => {
    if (useSessionStore.getState().signedOut) void refresh();
  });
  return true;
}
