import { useMemo } from 'react';
import { create } from 'zustand';
import type { AppInfo, Plan } from '@shared/domain/types';
import { queryClient } from '../data/queryClient';
import { firstError } from '../data/results';
import { callKey, useCall } from '../data/useCall';
import { roleCanWrite, useRole } from './sessionStore';

/**
 * Which plan the user is looking at: UI state. The open file's AppInfo and its plans are reads
 * through the cache (useAppInfo, usePlans).
 */
interface AppState {
  selectedPlanId: number | null;
  selectPlan: (id: number) => void;
}

export const useAppStore = create<AppState>((set) => ({
  selectedPlanId: null,
  selectPlan: (id) => set({ selectedPlanId: id }),
}));

/**
 * The open file: its name, whether it can still be written here, any alert about it, and today.
 * In server mode a läsare may write nothing, so the views show the file as read-only to them
 * (the server refuses their writes regardless).
 */
export function useAppInfo(): AppInfo | null {
  const info = useCall('getAppInfo', {}).data ?? null;
  const canWrite = roleCanWrite(useRole());
  return useMemo(() => (info === null || canWrite || info.readOnly ? info : { ...info, readOnly: true }), [info, canWrite]);
}

/**
 * Reads AppInfo again: whether the file can still be written here, and any alert about it (it
 * changes outside the file's tables, e.g. when another computer takes the file over). The cache
 * keeps the same object when nothing changed, so nothing re-renders then.
 */
export function refreshAppInfo(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: callKey('getAppInfo', {}) });
}

/** The file's plans, and the one shown: the chosen one while it exists, otherwise the first. */
export function usePlans(): { plans: Plan[]; plan: Plan | null; error: string | null } {
  const list = useCall('listPlans', {});
  const selectedPlanId = useAppStore((s) => s.selectedPlanId);
  const plans = list.data ?? [];
  const plan = plans.find((p) => p.id === selectedPlanId) ?? plans[0] ?? null;
  return { plans, plan, error: firstError(list) };
}

export function useSelectedPlan(): Plan | null {
  return usePlans().plan;
}
