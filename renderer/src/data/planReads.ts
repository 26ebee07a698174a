import type { ActionStatusRow, Area, BodyActivity, StatusSummary } from '@shared/domain/types';
import { firstError } from './results';
import { useCall } from './useCall';

const NO_AREAS: Area[] = [];
const NO_ACTIONS: ActionStatusRow[] = [];
const NO_ACTIVITY: BodyActivity[] = [];

/** One plan's områden, åtgärder with current status, and the status summary (the plan view). */
export function usePlanData(planId: number | null): {
  areas: Area[]; actions: ActionStatusRow[]; summary: StatusSummary | null; loading: boolean; error: string | null;
} {
  const input = planId === null ? null : { planId };
  const areas = useCall('listAreas', input);
  const actions = useCall('listActions', input);
  const summary = useCall('getStatusSummary', input);
  return {
    areas: areas.data ?? NO_AREAS,
    actions: actions.data ?? NO_ACTIONS,
    summary: summary.data ?? null,
    loading: areas.isPending || actions.isPending || summary.isPending,
    error: firstError(areas, actions, summary),
  };
}

/**
 * What the follow-up views (Att göra, Deadlines, Nämnder, Uppföljningsbarhet, Sedan senast) read
 * for one plan: its åtgärder with status as of today, when each nämnd last reported, and "today"
 * as the main process sees it, so day counts agree with the Försenad status it computed.
 */
export function useFollowUp(planId: number): {
  today: string | null; actions: ActionStatusRow[]; activity: BodyActivity[]; ready: boolean; error: string | null;
} {
  const info = useCall('getAppInfo', {});
  const actions = useCall('listActions', { planId });
  const activity = useCall('listBodyActivity', { planId });
  return {
    today: info.data?.today ?? null,
    actions: actions.data ?? NO_ACTIONS,
    activity: activity.data ?? NO_ACTIVITY,
    ready: info.data !== undefined && actions.data !== undefined && activity.data !== undefined,
    error: firstError(info, actions, activity),
  };
}
