/**
 * After a restore the page reloads, so every store reads the new file from scratch; the notice
 * that says what happened waits in sessionStorage (this tab only) and is shown after the reload.
 */
const KEY = 'planuppfoljning-notice';

export function leaveNoticeForReload(text: string): void {
  sessionStorage.setItem(KEY, text);
}

export function takePendingNotice(): string | null {
  const text = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  return text;
}
