import type { EffectiveStatus, StatusCounts } from '../domain/status';
import { joinList } from '../text';

/**
 * "Av 33 åtgärder är 11 genomförda, 9 pågående, 3 försenade och 2 ej påbörjade." — the counts
 * sentence of the Sammanfattande bedömning. Statuses with no åtgärd are left out; the order is
 * the one the reports use everywhere.
 */
export const REPORT_STATUS_ORDER: readonly EffectiveStatus[] = ['genomford', 'pagaende', 'ej_paborjad', 'forsenad', 'ingen_uppfoljning', 'avbruten'];

const PHRASE: Record<EffectiveStatus, [singular: string, plural: string]> = {
  genomford: ['genomförd', 'genomförda'],
  pagaende: ['pågående', 'pågående'],
  ej_paborjad: ['ej påbörjad', 'ej påbörjade'],
  forsenad: ['försenad', 'försenade'],
  ingen_uppfoljning: ['utan uppföljning', 'utan uppföljning'],
  avbruten: ['avbruten', 'avbrutna'],
};

export function statusCountsSentence(total: number, counts: StatusCounts, noun: [singular: string, plural: string] = ['åtgärd', 'åtgärder']): string {
  if (total === 0) return `Det finns inga ${noun[1]}.`;
  const parts = REPORT_STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${PHRASE[s][counts[s] === 1 ? 0 : 1]}`);
  return `Av ${total} ${total === 1 ? noun[0] : noun[1]} är ${joinList(parts)}.`;
}
