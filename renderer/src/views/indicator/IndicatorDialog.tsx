import type { Score } from '@shared/domain/indicatorSummary';
import type { Indicator } from '@shared/domain/types';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { FormButtons } from '../audit/FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';
import { useIndicatorStore } from './indicatorStore';
import { ScoreSelect } from './ScoreSelect';
import { SCORE_CLASS, SCORE_LABEL, percentText } from './scoreLabels';
import { formatMeasureValue, MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { numberForInput, typedNumber } from '../measure/typedNumber';

const FIELDS = ['score', 'value', 'comment', 'year'];

/** A year's answer as the history shows it. */
function AnswerText({ indicator, value }: { indicator: Indicator; value: Indicator['values'][number] }) {
  if (value.score !== null) return <span className={SCORE_CLASS[value.score]}>{SCORE_LABEL[value.score]}</span>;
  return <>{value.value === null ? '–' : formatMeasureValue(value.value, indicator.unit ?? 'antal')}</>;
}

/**
 * One indicator: its answers year by year with their comments, and the answer and comment for the
 * chosen year. The kommun's own indicators can be changed here; any can be removed.
 */
export function IndicatorDialog({ indicator, year, readOnly, open, onClose, onEdit, onDelete }: {
  indicator: Indicator;
  year: number;
  readOnly: boolean;
  open: boolean;
  onClose: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const setValue = useIndicatorStore((s) => s.setValue);
  const current = indicator.values.find((v) => v.year === year);
  const { draft, update, failure, saving, dirty, submit, form } = useDraftForm({
    initial: { score: (current?.score ?? null) as Score | null, number: numberForInput(current?.value ?? null), comment: current?.comment ?? '' },
    open, fields: FIELDS, onClose,
    save: (d) => {
      if (indicator.unit === null) return setValue(indicator.id, year, d.score === null ? null : { score: d.score }, d.comment);
      const value = typedNumber(d.number, 'value', 'Värde');
      return setValue(indicator.id, year, value === null ? null : { value }, d.comment);
    },
  });
  const history = [...indicator.values].sort((a, b) => b.year - a.year);
  return (
    <FormDialog title={`${indicator.code} ${indicator.text}`} open={open} dirty={dirty} onClose={onClose} wide>
      {(requestClose) => (
        <>
          <dl className="facts">
            <div><dt>Kvalitetsområde</dt><dd>{indicator.qualityArea || '–'}</dd></div>
            <div><dt>Indikatorområde</dt><dd>{indicator.indicatorArea || '–'}</dd></div>
            <div><dt>Andel ja i riket</dt><dd>{percentText(indicator.nationalShareYes)}</dd></div>
            <div><dt>Källa</dt><dd>{indicator.origin === 'egen' ? 'Egen indikator' : indicator.origin || '–'}</dd></div>
            <div><dt>Besvaras med</dt><dd>{indicator.unit === null ? 'Ja, Delvis eller Nej' : `Tal (${MEASURE_UNIT_LABEL[indicator.unit].toLowerCase()})`}</dd></div>
          </dl>
          {history.length > 0 && (
            <table className="indicator-history">
              <caption>Svar per år</caption>
              <thead><tr><th scope="col">År</th><th scope="col">Svar</th><th scope="col">Kommentar</th></tr></thead>
              <tbody>
                {history.map((v) => (
                  <tr key={v.year}>
                    <th scope="row">{v.year}</th>
                    <td><AnswerText indicator={indicator} value={v} /></td>
                    <td>{v.comment || <span className="muted">–</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {readOnly ? (
            <div className="dialog-actions"><button type="button" className="button" onClick={requestClose}>Stäng</button></div>
          ) : (
            <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
              <h3 className="indicator-dialog-subheading">Svar {year}</h3>
              <ErrorMessage text={failure?.message ?? null} />
              {indicator.unit === null ? (
                <Field label={`Svar ${year}`} error={failure?.fields.score}>
                  <ScoreSelect value={draft.score} onChange={(score) => update({ score })} />
                </Field>
              ) : (
                <Field label={`Värde ${year} (${MEASURE_UNIT_LABEL[indicator.unit].toLowerCase()})`} hint="Tomt: inget värde för året" error={failure?.fields.value}>
                  <input className="input-short" inputMode="decimal" value={draft.number} onChange={(e) => update({ number: e.target.value })} />
                </Field>
              )}
              <Field label="Kommentar" hint="Vad svaret bygger på" error={failure?.fields.comment}>
                <textarea rows={3} value={draft.comment} onChange={(e) => update({ comment: e.target.value })} />
              </Field>
              <div className="indicator-own-buttons">
                {/* The catalogue's wording and national share are SKL's; only the kommun's own are changed here. */}
                {indicator.origin === 'egen' && <button type="button" className="button button-small" onClick={onEdit}>Ändra indikatorn</button>}
                <button type="button" className="button button-small button-danger-outline" onClick={onDelete}>Ta bort indikatorn</button>
              </div>
              <FormButtons onCancel={requestClose} saving={saving} label="Spara" />
            </form>
          )}
        </>
      )}
    </FormDialog>
  );
}
