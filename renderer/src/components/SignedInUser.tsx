import { ROLE_LABELS } from '@shared/domain/users';
import { signOut } from '../api/signOut';
import { useNoticeStore } from '../stores/noticeStore';
import { useSessionStore } from '../stores/sessionStore';

/** Server mode: who is signed in, as what, and Logga ut. Nothing on the desktop. */
export function SignedInUser() {
  const session = useSessionStore((s) => s.session);
  if (session === null) return null;
  const leave = async (): Promise<void> => {
    const problem = await signOut(session.csrfToken);
    if (problem !== null) useNoticeStore.getState().show(problem, 'error');
  };
  return (
    <span className="signed-in">
      <span className="signed-in-name">{session.user.name}</span>
      <span className="signed-in-role">{ROLE_LABELS[session.user.role]}</span>
      <button type="button" className="topbar-button topbar-signout" onClick={() => void leave()}>Logga ut</button>
    </span>
  );
}
