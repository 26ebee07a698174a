import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';
import { useUnsavedChangesGuard } from '../hooks/windowHooks';
import { ConflictPanel, type ConflictChoice } from './ConflictPanel';
import { SignedOutNotice } from './SignedOutNotice';

/**
 * A form in a modal dialog that does not lose what was typed: Esc or Avbryt with unsaved
 * changes asks first, and so does closing the window. `children` gets the close request for
 * its own Avbryt button. In server mode it also shows, above the form, a save refused because
 * someone else saved first (`conflict`: their values beside one's own), and the note that the
 * session ended (the form stays open with what was typed).
 */
export function FormDialog({ title, open, dirty, onClose, wide = false, conflict = null, children }: {
  title: string;
  open: boolean;
  dirty: boolean;
  onClose: () => void;
  wide?: boolean;
  conflict?: ConflictChoice | null;
  children: (requestClose: () => void) => ReactNode;
}) {
  const [confirming, setConfirming] = useState(false);
  useUnsavedChangesGuard(open && dirty);
  const requestClose = (): void => {
    if (dirty) setConfirming(true);
    else onClose();
  };
  return (
    <>
      <Dialog title={title} open={open} onClose={requestClose} wide={wide}>
        <SignedOutNotice />
        {conflict && <ConflictPanel conflict={conflict} />}
        {children(requestClose)}
      </Dialog>
      <ConfirmDialog open={open && confirming} title="Stänga utan att spara?" message="Det du har skrivit i formuläret sparas inte."
        confirmLabel="Stäng utan att spara" onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          // Let the question close (and hand focus back) before the form's dialog closes.
          setTimeout(onClose, 0);
        }} />
    </>
  );
}
