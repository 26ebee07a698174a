import type { Versioned } from './rowVersion';

/**
 * Iakttagelser: what the strateg found about an utvecklingsområde (or the plan as a whole) in a
 * report year, with källor from the source register — the basis of Vår bedömning, as in seed 001.
 * The app also suggests iakttagelser from what it knows (an overdue revision of the plan); a
 * suggestion is printed until the strateg rewrites or removes it.
 */
/** What the app suggests: the plan's revision is overdue; an område has åtgärder stopped without a beslut. */
export const SUGGESTION_KINDS = ['revision', 'avbruten-utan-beslut'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface ReportFinding extends Versioned {
  id: number;
  planId: number;
  /** Null: about the plan as a whole. */
  areaId: number | null;
  year: number;
  position: number;
  text: string;
  sourceIds: number[];
  /** Set when the finding began as the app's suggestion of this kind (about the same område). */
  suggestion: SuggestionKind | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A finding the app suggests from the data, not yet rewritten or removed by the strateg. */
export interface SuggestedFinding {
  /** Together with areaId, stable per plan and year. */
  key: SuggestionKind;
  areaId: number | null;
  text: string;
}

/** A report year's iakttagelser as the editor and the report see them. */
export interface ReportFindings {
  findings: ReportFinding[];
  /** Printed as they are until the strateg rewrites (createReportFinding with the key) or removes them. */
  suggestions: SuggestedFinding[];
}
