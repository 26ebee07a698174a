import { MEASURE_UNITS, type MeasureUnit } from '@shared/domain/measure';
import type { PlanImportMeasure } from '@shared/domain/transfer';
import { formatMeasureValue, MEASURE_UNIT_LABEL } from '@shared/measureLabels';

/** The strateg's word on one row's mått: its unit (as read unless changed) and whether it is read in. */
export interface MeasureImportChoice { unit?: MeasureUnit; skip: boolean }

/**
 * Every mått the file holds, row by row, as it was read: unit, utgångsvärde, målvärde and utfall,
 * and what to check. The unit can be corrected and a mått left out before anything is saved.
 */
export function MeasureImportTable({ measures, choices, onChoose }: {
  measures: PlanImportMeasure[];
  choices: Record<number, MeasureImportChoice>;
  onChoose: (row: number, choice: MeasureImportChoice) => void;
}) {
  if (measures.length === 0) return null;
  return (
    <>
      <h4>Mått</h4>
      <p className="muted">Kontrollera hur varje rad har lästs. Byt enhet om den är fel, eller läs inte in måttet.</p>
      <div className="transfer-scroll" tabIndex={0} role="region" aria-label="Mått som läses in">
        <table className="transfer-table">
          <thead>
            <tr>
              <th scope="col">Rad</th><th scope="col">Mått</th><th scope="col">Enhet</th><th scope="col">Utgångsvärde</th>
              <th scope="col">Målvärde</th><th scope="col">Utfall</th><th scope="col">Att kontrollera</th><th scope="col">Läs in</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => {
              const choice = choices[m.row] ?? { skip: false };
              const unit = choice.unit ?? m.unit;
              const shown = (v: number) => formatMeasureValue(v, unit);
              return (
                <tr key={m.row} data-row={m.row} className={choice.skip ? 'transfer-skipped' : undefined}>
                  <td className="transfer-number">{m.row}</td>
                  <th scope="row">{m.name}<span className="transfer-source">{m.actionNumber} {m.actionTitle}</span></th>
                  <td>
                    <select aria-label={`Enhet för ${m.name} (rad ${m.row})`} value={unit} disabled={choice.skip}
                      onChange={(e) => onChoose(m.row, { ...choice, unit: e.target.value as MeasureUnit })}>
                      {MEASURE_UNITS.map((u) => <option key={u} value={u}>{MEASURE_UNIT_LABEL[u]}</option>)}
                    </select>
                  </td>
                  <td>{m.baseline ? `${shown(m.baseline.value)} (${m.baseline.year})` : '–'}</td>
                  <td>{m.target ? `${shown(m.target.value)} (${m.target.date})` : '–'}</td>
                  <td>{m.values.length === 0 ? '–' : m.values.map((v) => <span key={v.period} className="transfer-value">{v.period}: {shown(v.value)}</span>)}</td>
                  <td>{m.notes.length === 0 ? '–' : <ul className="transfer-notes">{m.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>}</td>
                  <td>
                    <label className="checkbox">
                      <input type="checkbox" checked={!choice.skip} onChange={(e) => onChoose(m.row, { ...choice, skip: !e.target.checked })} />
                      <span className="visually-hidden">Läs in {m.name} (rad {m.row})</span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
