import { useEffect } from 'react';
import { RESTORE_BACKUP_EVENT } from '@shared/domain/backup';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useBackupDialogStore } from './backupDialogStore';
import { takePendingNotice } from './pendingNotice';
import { RestoreBackupDialog } from './RestoreBackupDialog';

/**
 * Mounted once in App: opens the restore dialog on the Electron menu's event
 * (electron/main/restoreMenu.ts) and shows the notice a restore left before the page reloaded.
 */
export function RestoreBackupHost() {
  const { open, show, close } = useBackupDialogStore();
  useEffect(() => {
    const pending = takePendingNotice();
    if (pending) useNoticeStore.getState().show(pending);
    window.addEventListener(RESTORE_BACKUP_EVENT, show);
    return () => window.removeEventListener(RESTORE_BACKUP_EVENT, show);
  }, [show]);
  return <RestoreBackupDialog open={open} onClose={close} />;
}
