import type { ReportEditor } from '@shared/report/model';
import { ReportTextField } from './ReportTextField';
import { ReportJudgementPanel } from './ReportJudgementPanel';

/** The report's editable texts, grouped as the report is (Titelsida, Sammanfattning, each område…). */
export function ReportTextsPanel({ editor, onSave, onReset }: {
  editor: ReportEditor;
  onSave: (key: string, text: string, version: number) => Promise<void>;
  onReset: (key: string) => Promise<void>;
}) {
  const groups = [...new Set(editor.fields.map((f) => f.group))];
  const readOnly = editor.closed !== null;
  return (
    <section className="report-texts" aria-labelledby="report-texts-heading">
      <h2 id="report-texts-heading">Rapportens texter</h2>
      <p className="muted">
        {readOnly ? 'Året är stängt: texterna visas som de var när året stängdes.' : 'Förslagen är skrivna utifrån uppgifterna i planen. Skriv om dem med egna ord och spara.'}
      </p>
      <details className="report-rule">
        <summary>Så föreslås Ja, Delvis eller Nej</summary>
        <ul>{editor.rule.map((line) => <li key={line}>{line}</li>)}</ul>
      </details>
      {groups.map((group) => (
        <fieldset key={group} className="report-group">
          <legend>{group}</legend>
          {editor.fields.filter((f) => f.group === group).map((field) => (
            <ReportTextField key={field.key} field={field} readOnly={readOnly} onSave={onSave} onReset={onReset} />
          ))}
        </fieldset>
      ))}
      <ReportJudgementPanel editor={editor} />
    </section>
  );
}
