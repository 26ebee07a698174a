import { useAppInfo } from '../stores/appStore';

/**
 * Today as the main process sees it (the date the statuses are computed for), never the
 * browser's clock: browser mode may fix it (--today), and the two must not disagree. Views are
 * shown only once the app info has loaded (App.tsx), so it is always there.
 */
export function useToday(): string {
  const today = useAppInfo()?.today;
  if (today === undefined) throw new Error('useToday: the app info has not loaded yet.');
  return today;
}
