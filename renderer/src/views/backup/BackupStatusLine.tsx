import { useEffect, useState } from 'react';
import { describeBackupStatus, type BackupStatus } from '@shared/domain/backupStatus';
import { api, errorMessage } from '@renderer/api/client';
import { useAppInfo } from '@renderer/stores/appStore';
import { useBackupDialogStore } from './backupDialogStore';
import './backup.css';

/** How often the line is read again: backups are taken at most every 10 minutes. */
const REFRESH_MS = 30_000;
/** While the backup taken on open is still being written. */
const SOON_MS = 1_000;

type Line = { text: string; warning: boolean };

function lineFor(status: BackupStatus | null): Line | null {
  return status === null ? null : describeBackupStatus(status, new Date());
}

/**
 * "Senaste säkerhetskopia: i dag 10:42" in the status bar, or a warning (announced at once) when the
 * last attempt failed or changes have waited more than a day. Nothing where no backups are kept.
 */
export function BackupStatusLine() {
  const [line, setLine] = useState<Line | null>(null);
  const integrity = useAppInfo()?.integrity.state;
  const show = useBackupDialogStore((s) => s.show);

  // Read again when the integrity state changes: a large file's backups start once its check passes.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const read = async (): Promise<void> => {
      let delay = REFRESH_MS;
      try {
        const status = await api.getBackupStatus({});
        if (!alive) return;
        setLine(lineFor(status));
        if (status?.active && status.newestAt === null && status.failure === null) delay = SOON_MS;
      } catch (error) {
        if (alive) setLine({ text: `Säkerhetskopiornas läge kunde inte läsas: ${errorMessage(error)}`, warning: true });
      }
      if (alive) timer = setTimeout(() => void read(), delay);
    };
    void read();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [integrity]);

  if (line === null) return null;
  if (!line.warning) return <p className="backup-status">{line.text}</p>;
  return (
    <div className="backup-status backup-status-warning" role="alert">
      <span aria-hidden="true" className="backup-status-icon">!</span>
      <span>{line.text}</span>
      <button type="button" className="link-button" onClick={show}>Visa säkerhetskopior</button>
    </div>
  );
}
