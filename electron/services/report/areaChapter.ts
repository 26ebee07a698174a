import type { Area, Source } from '@shared/domain/types';
import type { EditorQuestion, ReportBlock, ReportChapter } from '@shared/report/model';
import { statusCountsSentence } from '@shared/report/statusSentence';
import { textToBlocks } from '@shared/report/textBlocks';
import type { ReportData } from './reportData';
import { chartBlock, countStatuses, deadlineText, findingBlocks, latestCommentText, responsibleText, statusCell } from './reportParts';
import { areaMeasureBlocks } from './measureTable';

/**
 * One utvecklingsområde's chapter: its åtgärder with status (and the rapportering mark), a chart,
 * its mått against their målvärden, the year's iakttagelser with their källor, and Vår bedömning
 * with every question of the year.
 */
export function areaChapter(data: ReportData, area: Area, number: string, questions: readonly EditorQuestion[],
  sources: ReadonlyMap<number, Source>): ReportChapter {
  const actions = data.actions.filter((a) => a.areaId === area.id);
  const counts = countStatuses(actions);
  const { findings, suggestions } = data.inputs.findings;
  const found = [...findings.filter((f) => f.areaId === area.id), ...suggestions.filter((s) => s.areaId === area.id).map((s) => ({ text: s.text, sourceIds: [] }))];
  const findingPart: ReportBlock[] = found.length > 0 ? [{ type: 'heading', level: 2, text: 'Iakttagelser' }, ...findingBlocks(found, sources)] : [];
  return {
    id: `omrade-${area.id}`, number, title: area.name,
    blocks: [
      ...textToBlocks(area.description),
      { type: 'paragraph', text: statusCountsSentence(actions.length, counts) },
      {
        type: 'table', caption: `Åtgärder inom ${area.name}, status ${data.asOf}`,
        columns: [{ label: 'Nr', weight: 5, nowrap: true }, { label: 'Åtgärd', weight: 22 }, { label: 'Ansvarig', weight: 16 }, { label: 'Klart senast', weight: 12, nowrap: true },
          { label: 'Status', weight: 11, nowrap: true }, { label: 'Senaste lägesrapport', weight: 34 }],
        rows: actions.map((a) => [a.number, a.title, responsibleText(a), deadlineText(a), statusCell(a), latestCommentText(a)]),
      },
      chartBlock(`Åtgärdernas status inom ${area.name}`, counts, actions.length),
      ...areaMeasureBlocks(data.inputs.measures, area.id, data.year, new Map(actions.map((a) => [a.id, a.number]))),
      ...findingPart,
      {
        type: 'assessment',
        rows: questions.filter((q) => q.areaId === area.id).map((q) => ({ question: q.question, answer: q.answer, motivation: q.motivation })),
      },
    ],
  };
}
