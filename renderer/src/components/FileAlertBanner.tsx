import { useEffect, useState } from 'react';
import type { FileAlert } from '@shared/domain/types';
import { countLabel } from '@shared/transferLabels';
import { api, errorMessage, onConflict } from '../api/client';
import { refreshAppInfo, useAppInfo } from '../stores/appStore';
import { useNoticeStore } from '../stores/noticeStore';
import { deliveredFile } from '../views/transfer/delivery';

/** How often the file's state is read again while nothing else happens (a takeover is noticed by the main process's heartbeat). */
const WATCH_EVERY_MS = 15_000;

/** Reads AppInfo again now and then, when the window gets focus (a laptop waking up) and after a refused call. */
function useFileAlertWatch(): void {
  useEffect(() => {
    const refresh = (): void => void refreshAppInfo();
    const timer = setInterval(refresh, WATCH_EVERY_MS);
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    const stopListening = onConflict(refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
      stopListening();
    };
  }, []);
}

/** What the copy holds, in one sentence (and the changes that did not fit, one per line). */
function copySummary(applied: number, failed: string[]): string {
  const held = applied === 0 ? 'Kopian innehåller planfilen som den är nu.' : `Kopian innehåller ${countLabel(applied, 'ändring', 'ändringar')} som inte sparades i planfilen.`;
  return failed.length === 0 ? held : `${held} Kom inte med: ${failed.join(' ')}`;
}

/**
 * The file can no longer be written here (another computer took it over, the disk is full), or
 * something failed in the background: says so until it is over, and offers to save the changes
 * that were refused in a copy of the file.
 */
export function FileAlertBanner() {
  useFileAlertWatch();
  const alert: FileAlert | null = useAppInfo()?.alert ?? null;
  const showNotice = useNoticeStore((s) => s.show);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (alert === null || dismissed === alert.message) return null;

  const saveCopy = async (): Promise<void> => {
    setBusy(true);
    try {
      const copy = await api.saveUnsavedCopy({});
      const delivered = deliveredFile(copy.file);
      if (delivered !== null) showNotice(`${delivered} ${copySummary(copy.applied, copy.failed)}`);
    } catch (error) {
      showNotice(errorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={`file-alert file-alert-${alert.kind === 'unexpected' ? 'info' : 'stop'}`} role="alert" aria-label="Planfilen">
      <p>{alert.message}</p>
      {alert.unsavedChanges > 0 && (
        <p>{countLabel(alert.unsavedChanges, 'ändring', 'ändringar')} har inte sparats i planfilen men kommer med i en kopia.</p>
      )}
      <div className="file-alert-buttons">
        {alert.kind === 'unexpected'
          ? <button type="button" className="button" onClick={() => setDismissed(alert.message)}>Stäng</button>
          : <button type="button" className="button button-primary" disabled={busy} onClick={() => void saveCopy()}>Spara kopia som…</button>}
      </div>
    </section>
  );
}
