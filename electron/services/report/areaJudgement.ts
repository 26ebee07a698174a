import type { ActionStatusRow } from '@shared/domain/types';
import type { Assessment } from '@shared/domain/status';
import type { MeasureStanding } from '@shared/domain/measure';
import { countMeasureProgress } from '@shared/domain/measureProgress';
import { latestStopDecided } from '@shared/domain/reporting';
import { standardQuestion } from '@shared/domain/reportQuestion';
import type { EditorQuestion } from '@shared/report/model';
import { suggestAssessment, type RuleInput, type SuggestedAssessment } from '@shared/report/assessmentRule';
import type { ReportData } from './reportData';

/**
 * Vår bedömning per utvecklingsområde: the rule's suggestion from the område's åtgärder and mått
 * (shared/report/assessmentRule.ts), and the year's questions with what the report prints for
 * each — the strateg's words where saved, the rule's where not.
 */
export function ruleInput(year: number, actions: readonly ActionStatusRow[], measures: readonly MeasureStanding[]): RuleInput {
  return {
    year,
    actions: actions.map((a) => ({ status: a.effectiveStatus, notReportedInYear: a.notReportedInYear, stopDecided: latestStopDecided(a) })),
    measures: countMeasureProgress(measures),
  };
}

export function areaSuggestion(data: ReportData, areaId: number): SuggestedAssessment {
  return suggestAssessment(ruleInput(data.year, data.actions.filter((a) => a.areaId === areaId), data.inputs.measures.filter((m) => m.areaId === areaId)));
}

/** The plan as a whole, for the sammanfattande bedömning. */
export function overallSuggestion(data: ReportData): SuggestedAssessment {
  return suggestAssessment({ ...ruleInput(data.year, data.actions, data.inputs.measures), about: 'plan' });
}

/** Every område's questions as the report prints them, in plan order. */
export function resolvedQuestions(data: ReportData): EditorQuestion[] {
  const suggestions = new Map(data.areas.map((a) => [a.id, areaSuggestion(data, a.id)]));
  const names = new Map(data.areas.map((a) => [a.id, a.name]));
  return data.inputs.questions.map((q) => {
    const suggested = q.followsRule ? suggestions.get(q.areaId)! : null;
    return {
      id: q.id,
      areaId: q.areaId,
      followsRule: q.followsRule,
      question: q.question ?? standardQuestion(names.get(q.areaId) ?? ''),
      answer: q.assessment ?? suggested?.answer ?? 'delvis',
      motivation: q.motivation ?? suggested?.reason ?? '',
      suggested,
      changed: q.question !== null || q.assessment !== null || q.motivation !== null,
      version: q.version,
    };
  });
}

/** The område's answer in the summary table: its standard question's, else its first question's. */
export function areaAnswer(questions: readonly EditorQuestion[], areaId: number): Assessment {
  const own = questions.filter((q) => q.areaId === areaId);
  return (own.find((q) => q.followsRule) ?? own[0])?.answer ?? 'delvis';
}
