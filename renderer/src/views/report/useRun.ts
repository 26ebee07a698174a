import { useState } from 'react';
import { errorMessage } from '@renderer/api/client';

/** Runs a write from the report editor and keeps its Swedish refusal to show beside the form. */
export function useRun(): { error: string | null; busy: boolean; run: (write: () => Promise<void>) => Promise<boolean> } {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (write: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    try {
      await write();
      setError(null);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}
