/**
 * What the dashboard shows about the nämndernas svar on audit recommendations: open
 * recommendations per nämnd, and written answers that are due soon or overdue.
 * A recommendation is open for a nämnd while its status is neither Genomförd nor Avbruten;
 * an answer is missing while the nämnd's svar is empty.
 */
export interface DueAnswer {
  auditId: number;
  auditTitle: string;
  recommendationId: number;
  /** 1-based, in the order of the granskning. */
  recommendationNumber: number;
  recommendationText: string;
  bodyId: number;
  bodyName: string;
  answerDue: string;
  /** Days from the as-of date to the due date; negative when the answer is overdue. */
  daysLeft: number;
}

export interface BodyRecommendations {
  bodyId: number;
  bodyName: string;
  /** Recommendations to this nämnd that are not Genomförd or Avbruten. */
  open: number;
  /** Missing answers due within the window (not yet overdue). */
  dueSoon: number;
  /** Missing answers whose due date has passed. */
  overdue: number;
}

export interface RecommendationsDue {
  asOf: string;
  withinDays: number;
  /** Nämnder with something open or due, by name. */
  bodies: BodyRecommendations[];
  /** Missing answers due within the window or overdue, the most urgent first. */
  due: DueAnswer[];
}
