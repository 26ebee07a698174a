import { Dialog } from './Dialog';

/** "Are you sure?" that says what goes with the delete; the safe choice has focus. */
export function ConfirmDialog({ open, title, message, confirmLabel, blocked = false, onConfirm, onCancel }: {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  blocked?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title={title} open={open} onClose={onCancel}>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>{blocked ? 'Stäng' : 'Avbryt'}</button>
        {!blocked && <button type="button" className="button button-danger" onClick={onConfirm}>{confirmLabel}</button>}
      </div>
    </Dialog>
  );
}
