import { createHash } from 'node:crypto';
import { cleanText } from '@shared/textRule';

/**
 * The shape of an underlag, shared by the writer and the reader: sheet names, columns, where the
 * header row is, and the hidden marker that says which plan file, plan, nämnd and period it is for.
 */
export const DATA_SHEET = 'Åtgärder';
export const MARKER_SHEET = 'Planuppföljning';
export const MARKER_FORMAT = 'planuppfoljning-underlag';
/** Version 2 added the mått columns (the marker's `measures`): an older app would drop their utfall, so it refuses the file. */
export const MARKER_VERSION = 2;

export const HEADER_ROW = 6;
export const REPORTED_BY_CELL = 'D4';

export type UnderlagColumnKey = 'id' | 'check' | 'number' | 'area' | 'title' | 'role' | 'deadline' | 'latestStatus'
  | 'latestComment' | 'status' | 'comment' | 'source';

export interface UnderlagColumn {
  key: UnderlagColumnKey;
  header: string;
  width: number;
  /** The nämnd writes here; every other cell is locked. */
  input?: true;
  hidden?: true;
}

export const UNDERLAG_COLUMNS: UnderlagColumn[] = [
  { key: 'id', header: 'Id', width: 6, hidden: true },
  { key: 'check', header: 'Kontroll', width: 18, hidden: true },
  { key: 'number', header: 'Nr', width: 7 },
  { key: 'area', header: 'Utvecklingsområde', width: 22 },
  { key: 'title', header: 'Åtgärd', width: 45 },
  { key: 'role', header: 'Ansvar', width: 15 },
  { key: 'deadline', header: 'Klart senast', width: 12 },
  { key: 'latestStatus', header: 'Senaste status', width: 22 },
  { key: 'latestComment', header: 'Senaste kommentar', width: 35 },
  { key: 'status', header: 'Status', width: 16, input: true },
  { key: 'comment', header: 'Kommentar', width: 45, input: true },
  { key: 'source', header: 'Källa', width: 30, input: true },
];

export interface UnderlagMarker {
  format: string;
  version: number;
  fileId: string;
  planId: number;
  bodyId: number;
  period: string;
  exportedAt: string;
  /** The mått columns by their headers (none in a version 1 file). */
  measures: { id: number; header: string }[];
}

/**
 * Ties a row's visible Nr and Åtgärd to its hidden id: a row whose text was edited, or an id
 * copied onto another row, no longer matches and is listed instead of read. The text is taken as
 * the file holds it (cleaned, shared/textRule.ts), so an old row with a control character in it
 * still matches when its underlag comes back.
 */
export function rowCheck(fileId: string, actionId: number, number: string, title: string): string {
  const shown = (text: string) => cleanText(text).trim();
  return createHash('sha256').update(`${fileId}|${actionId}|${shown(number)}|${shown(title)}`).digest('hex').slice(0, 16);
}
