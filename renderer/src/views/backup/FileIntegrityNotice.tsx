import { useEffect } from 'react';
import { refreshAppInfo, useAppInfo } from '@renderer/stores/appStore';
import { useBackupDialogStore } from './backupDialogStore';
import './backup.css';

/** How often a large file's background check is asked after: it takes about 2 ms per MB. */
const CHECKING_POLL_MS = 500;

/**
 * Above every view: a damaged file's message (which names the newest intact backup) with the way
 * to restore it, or that a large file is still being checked and is read-only until then.
 */
export function FileIntegrityNotice() {
  const integrity = useAppInfo()?.integrity;
  const show = useBackupDialogStore((s) => s.show);
  const checking = integrity?.state === 'checking';

  useEffect(() => {
    if (!checking) return undefined;
    const timer = setInterval(() => void refreshAppInfo(), CHECKING_POLL_MS);
    return () => clearInterval(timer);
  }, [checking]);

  if (integrity === undefined || integrity.state === 'ok') return null;
  if (integrity.state === 'checking') {
    return <p className="muted" role="status">Planfilen kontrolleras. Den är skrivskyddad tills kontrollen är klar.</p>;
  }
  return (
    <div className="error backup-damaged" role="alert">
      <p>{integrity.message}</p>
      {integrity.state === 'damaged' && <button type="button" className="button" onClick={show}>Återställ från säkerhetskopia…</button>}
    </div>
  );
}
