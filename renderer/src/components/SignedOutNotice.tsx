import { useEffect, useRef } from 'react';
import { SIGN_IN_PATH } from '../api/serverSession';
import { useSessionStore } from '../stores/sessionStore';

/**
 * Server mode, after the server said the session ended: a calm note with a way back in. Signing in
 * opens in a new tab, so this page and every open form keep what was typed; back here, Spara works
 * again (the page reads the new session when it gets focus or makes its next call).
 */
export function SignedOutNotice() {
  const signedOut = useSessionStore((s) => s.signedOut);
  const box = useRef<HTMLDivElement>(null);
  // In a long form the save button is far below: bring the note into view where it appears.
  useEffect(() => {
    if (signedOut) box.current?.scrollIntoView({ block: 'nearest' });
  }, [signedOut]);
  if (!signedOut) return null;
  return (
    <div className="file-alert file-alert-info signed-out" role="alert" ref={box}>
      <p>Du är inte längre inloggad. Det du har skrivit finns kvar.</p>
      <p>
        <a href={SIGN_IN_PATH} target="_blank" rel="noopener noreferrer">Logga in igen (öppnas i en ny flik)</a>
        {' '}och spara sedan på nytt här.
      </p>
    </div>
  );
}
