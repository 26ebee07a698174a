import { useState } from 'react';
import { useNoticeStore } from '@renderer/stores/noticeStore';

/**
 * One export at a time in a section of Import och export: `busy` while it runs, its refusal in
 * `error`, and the sentence it returns (null when the user cancelled) shown in the section and
 * as a notice.
 */
export function useTransferRun() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (action: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    setDone(null);
    try {
      const text = await action();
      setError(null);
      if (text) {
        setDone(text);
        useNoticeStore.getState().show(text);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, run };
}
