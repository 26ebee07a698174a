import type { ReportEditor } from '@shared/report/model';
import { FindingList } from './FindingList';
import { QuestionList } from './QuestionList';
import { ReportSourcesPanel } from './ReportSourcesPanel';

/**
 * The yearly report's judgement, beside its texts: iakttagelser about the plan as a whole, then per
 * utvecklingsområde its iakttagelser and Vår bedömning's questions, and the källförteckning's own
 * entries. A closed year shows them in the frozen report only.
 */
export function ReportJudgementPanel({ editor }: { editor: ReportEditor }) {
  if (editor.closed !== null || editor.questions.length === 0) return null;
  return (
    <section className="report-judgement" aria-labelledby="report-judgement-heading">
      <h2 id="report-judgement-heading">Iakttagelser och bedömning</h2>
      <fieldset className="report-group">
        <legend>Planen som helhet</legend>
        <FindingList areaId={null} about="planen som helhet" findings={editor.findings.filter((f) => f.areaId === null)} />
      </fieldset>
      {editor.areas.map((area) => (
        <fieldset key={area.id} className="report-group" data-area-id={area.id}>
          <legend>{area.name}</legend>
          <FindingList areaId={area.id} about={area.name} findings={editor.findings.filter((f) => f.areaId === area.id)} />
          <QuestionList areaId={area.id} areaName={area.name} questions={editor.questions.filter((q) => q.areaId === area.id)} />
        </fieldset>
      ))}
      <ReportSourcesPanel added={editor.reportSources} />
    </section>
  );
}
