import { useEffect, useState } from 'react';
import { restoredFileName, type BackupList } from '@shared/domain/backup';
import { describeBackupStatus, formatBackupTime } from '@shared/domain/backupStatus';
import type { BackupInfo } from '@shared/domain/types';
import { api, errorMessage } from '@renderer/api/client';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/Message';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { contentSummary, formatSize } from './backupFormat';
import { leaveNoticeForReload } from './pendingNotice';
import './backup.css';

/** Återställ från säkerhetskopia…: the open file's backups, newest first; one is restored into a new file after a confirmation. */
export function RestoreBackupDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [list, setList] = useState<BackupList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);

  useEffect(() => {
    if (open) api.listBackups({}).then(setList, (e: unknown) => setError(errorMessage(e)));
  }, [open]);

  // Forget this listing on close: the next opening lists afresh.
  const close = (): void => {
    setList(null);
    setError(null);
    setChosen(null);
    onClose();
  };

  return (
    <>
      <Dialog title="Återställ från säkerhetskopia" open={open && chosen === null} onClose={close} wide>
        <p>
          Programmet kopierar planfilen när den öppnas och sedan högst var tionde minut när något har ändrats.
          De tio senaste kopiorna sparas, och en per dag i 30 dagar. En återställd kopia blir en ny fil; den öppna filen ändras inte.
        </p>
        <ErrorMessage text={error} />
        {list !== null && <StatusWarning list={list} />}
        {list === null && error === null && <p className="muted">Hämtar säkerhetskopior…</p>}
        {list !== null && list.backups.length === 0 && <p>Det finns inga säkerhetskopior av ”{list.fileName}” ännu.</p>}
        {list !== null && list.backups.length > 0 && <BackupTable list={list} onChoose={setChosen} />}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>Stäng</button>
        </div>
      </Dialog>
      {list && chosen && <ConfirmRestore list={list} backup={chosen} onCancel={() => setChosen(null)} />}
    </>
  );
}

/** A failed last attempt, or changes waiting more than a day: said here too, so a short or empty list is never silent. */
function StatusWarning({ list }: { list: BackupList }) {
  const line = describeBackupStatus(list.status, new Date());
  return line.warning ? <ErrorMessage text={line.text} /> : null;
}

function BackupTable({ list, onChoose }: { list: BackupList; onChoose: (backup: BackupInfo) => void }) {
  return (
    <div className="backup-scroll" tabIndex={0} role="region" aria-label="Säkerhetskopior">
      <table className="backup-table">
        <caption className="visually-hidden">Säkerhetskopior av ”{list.fileName}”, den senaste först</caption>
        <thead>
          <tr>
            <th scope="col">Tagen</th>
            <th scope="col">Innehåll</th>
            <th scope="col">Senast ändrad</th>
            <th scope="col" className="backup-number">Storlek</th>
            <th scope="col"><span className="visually-hidden">Åtgärd</span></th>
          </tr>
        </thead>
        <tbody>
          {list.backups.map((backup) => (
            <tr key={backup.id}>
              <th scope="row">{formatBackupTime(backup.at)}</th>
              <td>{contentSummary(backup)}</td>
              <td>{backup.lastChange ? formatBackupTime(backup.lastChange) : '–'}</td>
              <td className="backup-number">{formatSize(backup.sizeBytes)}</td>
              <td>
                <button type="button" className="button button-small" disabled={!backup.readable} onClick={() => onChoose(backup)}
                  aria-label={`Återställ kopian från ${formatBackupTime(backup.at)}`}>
                  Återställ…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Says, before anything happens, that the open file stays as it is and where the new file goes. */
function ConfirmRestore({ list, backup, onCancel }: { list: BackupList; backup: BackupInfo; onCancel: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const newName = restoredFileName(list.fileName, backup.at);

  const restore = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.restoreBackup({ id: backup.id });
      if (result.kind === 'cancelled') {
        useNoticeStore.getState().show('Ingen fil återställdes.');
        onCancel();
        return;
      }
      leaveNoticeForReload(`Kopian från ${formatBackupTime(backup.at)} är återställd till ”${result.fileName}”, som nu är öppen. ”${list.fileName}” är oförändrad.`);
      window.location.reload();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Återställa kopian?" open onClose={onCancel}>
      <p>Kopian från <strong>{formatBackupTime(backup.at)}</strong> ({contentSummary(backup)}) återställs till en ny planfil, som sedan öppnas.</p>
      <p>Den öppna filen ”{list.fileName}” ändras inte.</p>
      {list.asksForTarget
        ? <p>Du väljer var den nya filen sparas. Förslaget är ”{newName}” i mappen <span className="backup-path">{list.folder}</span>.</p>
        : <p>Den nya filen ”{newName}” sparas i samma mapp som den öppna: <span className="backup-path">{list.folder}</span>.</p>}
      <ErrorMessage text={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus disabled={busy}>Avbryt</button>
        <button type="button" className="button button-primary" onClick={() => void restore()} disabled={busy}>
          {busy ? 'Återställer…' : 'Återställ till ny fil'}
        </button>
      </div>
    </Dialog>
  );
}
