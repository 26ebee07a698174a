import { useState, type ReactElement } from 'react';
import type { DeleteImpact } from '@shared/domain/types';
import { errorMessage } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNoticeStore } from '../stores/noticeStore';

export interface DeleteRequest {
  title: string;
  /** Asks the main process what goes with the delete (it counts from the schema). */
  impact: () => Promise<DeleteImpact>;
  remove: () => Promise<void>;
  /** The confirmation shown after the delete. */
  done: string;
  /** Where focus goes after the delete (the deleted thing's buttons are gone). */
  after?: () => void;
}

/**
 * Ask first, naming what goes with the delete, then delete. `ask` starts it; `dialog` is the
 * question to render. Refusals and failures are shown as a notice.
 */
export function useDeleteConfirm(): { ask: (request: DeleteRequest) => Promise<void>; dialog: ReactElement } {
  const [pending, setPending] = useState<{ request: DeleteRequest; impact: DeleteImpact } | null>(null);
  const ask = async (request: DeleteRequest): Promise<void> => {
    try {
      setPending({ request, impact: await request.impact() });
    } catch (error) {
      useNoticeStore.getState().show(errorMessage(error), 'error');
    }
  };
  const confirm = async (): Promise<void> => {
    if (!pending) return;
    setPending(null);
    try {
      await pending.request.remove();
      useNoticeStore.getState().show(pending.request.done);
      pending.request.after?.();
    } catch (error) {
      useNoticeStore.getState().show(errorMessage(error), 'error');
    }
  };
  const dialog = (
    <ConfirmDialog open={pending !== null} title={pending?.request.title ?? ''} message={pending?.impact.message ?? ''}
      blocked={pending?.impact.blocked ?? false} confirmLabel="Ta bort"
      onConfirm={() => void confirm()} onCancel={() => setPending(null)} />
  );
  return { ask, dialog };
}
