/**
 * After a restore the page reloads, so every store reads the new file from scratch; the notice
 * that says what happened waits in sessionStorage (this tab only) and is shown after the reload.
 * Storage that is unavailable costs only the notice, never the reload.
 */
const KEY = 'planuppfoljning-notice';

export function leaveNoticeForReload(text: string): void {
  try {
    sessionStorage.setItem(KEY, text);
  } catch {
    // No storage: the topbar still shows the new file's name.
  }
}

export function takePendingNotice(): string | null {
  try {
    const text = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return text;
  } catch {
    return null;
  }
}
