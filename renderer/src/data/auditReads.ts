import { useQueries } from '@tanstack/react-query';
import type { AuditDetail } from '@shared/domain/types';
import { firstError } from './results';
import { callQuery, useCall } from './useCall';

/** Every granskning with its rekommendationer and the nämndernas svar: what Att göra checks for missing answers. */
export function useAuditDetails(): { audits: AuditDetail[]; loaded: boolean; error: string | null } {
  const list = useCall('listAudits', {});
  const details = useQueries({ queries: (list.data ?? []).map((a) => callQuery('getAudit', { id: a.id })) });
  const audits = details.flatMap((d) => (d.data === undefined ? [] : [d.data]));
  return {
    audits,
    loaded: list.data !== undefined && audits.length === details.length,
    error: firstError(list, ...details),
  };
}
