import type { ServiceContext } from '../context';

/**
 * The Källförteckning's protocols: the meetings of the year that left notes about the plan
 * (table meeting_note, migration 0050), one reference per meeting — "Jämställdhetsdelegationen
 * 2025-03-12, protokoll § 14".
 */
export interface ProtocolReference {
  date: string;
  title: string;
}

export function listMeetingNoteReferences(ctx: ServiceContext, planId: number, from: string, to: string): ProtocolReference[] {
  // A plan file is always migrated to the latest version, but the reports must not break if
  // meeting notes are ever split out again: no table, no protocols.
  if (!ctx.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meeting_note'").get()) return [];
  const rows = ctx.db.prepare(`SELECT meeting_date AS date, meeting_name AS name, protocol_ref AS ref FROM meeting_note
    WHERE plan_id = ? AND meeting_date >= ? AND meeting_date <= ?
    GROUP BY meeting_date, meeting_name, protocol_ref ORDER BY meeting_date, meeting_name`).all(planId, from, to) as
    { date: string; name: string; ref: string }[];
  return rows.map((r) => ({ date: r.date, title: r.ref ? `${r.name}, ${r.ref}` : r.name }));
}
