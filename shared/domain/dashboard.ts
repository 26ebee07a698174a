/**
 * Types for Översikt, presentationsläget and mötesanteckningar (see shared/domain/types.ts for
 * the glossary). Mötesanteckning = meeting note: what a meeting (e.g. jämställdhetsdelegationen)
 * said or decided about the plan, an utvecklingsområde or an åtgärd, with its protocol reference.
 */
import type { DeliveredFile } from './deliveredFile';
import type { EffectiveStatus, StatusCounts } from './status';
import type { FollowUpRhythm } from './period';

/** How finely the trend is drawn: one point per year, half year or tertial (the follow-up rhythms). */
export type TrendRhythm = FollowUpRhythm;

export interface TrendPoint {
  /** As status reports name periods: "2026-T3", "2026". */
  key: string;
  /** Short: "T3 2026", "2026". */
  name: string;
  /** The date the counts are as of: the period's last day, or the trend's end date in its last period. */
  date: string;
  total: number;
  counts: StatusCounts;
}

export interface StatusTrend {
  rhythm: TrendRhythm;
  to: string;
  points: TrendPoint[];
}

/** Every åtgärd's effective status as of a date, without the rest of the åtgärd: what a new "Per datum" needs. */
export interface ActionStatuses {
  asOf: string;
  /** notReportedInYear: the "Ej rapporterad under året" mark (shared/domain/reporting.ts). */
  statuses: { id: number; status: EffectiveStatus; notReportedInYear: boolean }[];
}

export interface MeetingNote {
  id: number;
  planId: number;
  /** Set for a note about an utvecklingsområde. */
  areaId: number | null;
  /** Set for a note about an åtgärd (then areaId is null). */
  actionId: number | null;
  meetingDate: string;
  /** E.g. "Jämställdhetsdelegationen 2026-11-26". */
  meetingName: string;
  /** E.g. "§ 12" or a diarienummer: where the protocol records it. */
  protocolRef: string;
  note: string;
  createdBy: string;
  createdAt: string;
  /** What the note is about, in words: "2.3 Samverkan …", an område's name, or the plan's name. */
  subject: string;
}

/** How an exported handout reached the user. */
export type HandoutResult = DeliveredFile;
