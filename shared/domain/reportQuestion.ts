import type { Assessment } from './status';
import type { Versioned } from './rowVersion';

/**
 * A question in an utvecklingsområde's "Vår bedömning" for one report year, answered Ja, Delvis or
 * Nej with a motivering (seed 001). Every område has the standard question ("Har åtgärderna inom
 * utvecklingsområdet … genomförts enligt planen?") until the strateg removes it; its answer is
 * suggested by the rule (shared/report/assessmentRule.ts) until the strateg gives one. The strateg's
 * own questions ("Finns ändamålsenliga och aktuella kartläggningar…?") carry their own answer.
 */
export interface ReportQuestion extends Versioned {
  /** Null for the standard question of an område whose questions have never been changed that year. */
  id: number | null;
  planId: number;
  areaId: number;
  year: number;
  position: number;
  /** The standard question, answered by the rule while `assessment` is null. */
  followsRule: boolean;
  /** The saved wording, or null for the standard wording (which names the område as it is now called). */
  question: string | null;
  /** The saved answer, or null for the rule's suggestion. */
  assessment: Assessment | null;
  /** The saved motivering, or null for the rule's reason. */
  motivation: string | null;
}

/** How the standard question is worded: one fact, used by the report, the editor and the migration's readers. */
export function standardQuestion(areaName: string): string {
  return `Har åtgärderna inom utvecklingsområdet ${areaName} genomförts enligt planen?`;
}
