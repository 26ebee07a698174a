import type { PlanImportPreview as Preview } from '@shared/domain/transfer';
import { STATUS_LABEL } from '@shared/labels';
import { countLabel } from '@shared/transferLabels';
import { BodyChoices, type BodyChoice } from './BodyChoices';
import { MeasureImportTable, type MeasureImportChoice } from './MeasureImportTable';

/** Long plans are previewed in part; the counts above the table are for the whole file. */
const SHOWN_ROWS = 100;

export function PlanImportPreview({ preview, choices, onChoose, measureChoices, onChooseMeasure }: {
  preview: Preview;
  choices: Record<string, BodyChoice>;
  onChoose: (name: string, choice: BodyChoice) => void;
  measureChoices: Record<number, MeasureImportChoice>;
  onChooseMeasure: (row: number, choice: MeasureImportChoice) => void;
}) {
  const newBodies = preview.bodies.filter((b) => b.match.kind === 'new').length;
  const newAreas = preview.areas.filter((a) => a.isNew).length;
  return (
    <>
      <p className="transfer-summary">
        {countLabel(preview.actions.length, 'åtgärd', 'åtgärder')} i {countLabel(preview.areas.length, 'utvecklingsområde', 'utvecklingsområden')}
        {' '}({newAreas} nya), {countLabel(preview.bodies.length, 'nämnd', 'nämnder')} ({newBodies} nya) och
        {' '}{countLabel(preview.statusReports, 'lägesrapport', 'lägesrapporter')}{preview.measures.length > 0 ? `, ${countLabel(preview.measures.length, 'mått', 'mått')}` : ''}.
        {' '}<span className="muted">Rubrikraden är rad {preview.headerRow}{preview.sheetName ? ` på bladet ”${preview.sheetName}”` : ''}.</span>
      </p>
      {preview.warnings.length > 0 && (
        <div className="transfer-warnings">
          <h4>Att kontrollera</h4>
          <ul>{preview.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </div>
      )}
      <h4>Nämnder</h4>
      <BodyChoices bodies={preview.bodies} choices={choices} onChoose={onChoose} />
      <h4>Utvecklingsområden</h4>
      <ul className="transfer-areas">
        {preview.areas.map((a) => <li key={a.name}>{a.name} – {countLabel(a.actions, 'åtgärd', 'åtgärder')}{a.isNew ? ' (nytt)' : ' (finns redan)'}</li>)}
      </ul>
      <h4>Åtgärder</h4>
      <div className="transfer-scroll" tabIndex={0} role="region" aria-label="Åtgärder som läses in">
        <table className="transfer-table">
          <thead>
            <tr>
              <th scope="col">Rad</th><th scope="col">Utvecklingsområde</th><th scope="col">Nr</th><th scope="col">Åtgärd</th>
              <th scope="col">Ansvariga</th><th scope="col">Start</th><th scope="col">Klart senast</th><th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {preview.actions.slice(0, SHOWN_ROWS).map((a) => (
              <tr key={a.row}>
                <td className="transfer-number">{a.row}</td>
                <td>{a.areaName}</td>
                <td>{a.number}</td>
                <th scope="row">{a.title}</th>
                <td>{a.responsible.join(', ')}</td>
                <td className="date">{a.startDate ?? '–'}</td>
                <td className="date">{a.deadline ?? 'Löpande'}</td>
                <td>{a.status ? STATUS_LABEL[a.status] : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.actions.length > SHOWN_ROWS && <p className="muted">Visar de första {SHOWN_ROWS} av {preview.actions.length} åtgärder.</p>}
      <MeasureImportTable measures={preview.measures} choices={measureChoices} onChoose={onChooseMeasure} />
    </>
  );
}
