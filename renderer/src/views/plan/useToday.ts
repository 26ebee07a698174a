import { toIsoDate } from '../../../../shared/dates';
import { useAppStore } from '../../stores/appStore';

/** Today as the main process sees it (the same date the statuses are computed for). */
export function useToday(): string {
  return useAppStore((s) => s.info?.today) ?? toIsoDate(new Date());
}
