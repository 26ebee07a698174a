import { MEASURE_DIRECTIONS, MEASURE_UNITS, type Measure, type MeasureDirection, type MeasureUnit } from '@shared/domain/measure';
import { MEASURE_DIRECTION_LABEL, MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormButtons } from '../audit/FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';
import { FormDialog } from '@renderer/components/FormDialog';
import { measureWrites } from './measureStore';
import { numberForInput, typedNumber } from './typedNumber';
import { formatPlainValue, type FormatValue } from '@renderer/hooks/editConflict';

const FIELDS = ['name', 'unit', 'direction', 'baselineValue', 'baselineYear', 'targetValue', 'targetDate', 'source', 'definition'];

/** As the form names its fields: the conflict panel lists them so. */
const LABELS = {
  name: 'Namn', unit: 'Enhet', direction: 'Riktning', baselineValue: 'Utgångsvärde', baselineYear: 'År för utgångsvärdet',
  targetValue: 'Målvärde', targetDate: 'Målvärdet ska vara nått', source: 'Källa', definition: 'Definition',
};
const FIGURES = new Set(['baselineValue', 'targetValue']);

/** Units and directions by their Swedish names, figures with a decimal comma, as the form shows them. */
const formatMeasureValue: FormatValue = (field, value) => {
  if (field === 'unit') return MEASURE_UNIT_LABEL[value as MeasureUnit] ?? String(value);
  if (field === 'direction') return MEASURE_DIRECTION_LABEL[value as MeasureDirection] ?? String(value);
  if (typeof value === 'number' && FIGURES.has(field)) return numberForInput(value);
  return formatPlainValue(field, value);
};

/** Their stored mått as the form's draft holds it: figures and the year as typed text. */
function draftFromTheirs(theirs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(theirs).filter(([field]) => field in LABELS).map(([field, value]) => [field,
    FIGURES.has(field) ? numberForInput(value as number | null) : field === 'baselineYear' ? (value === null ? '' : String(value)) : value]));
}

/**
 * Nytt mått (measure = null) or change one: namn, enhet, riktning, utgångsvärde with its year,
 * målvärde with its date, källa and definition. Figures are typed the Swedish way ("2 480", "1,5").
 */
export function MeasureForm({ actionId, measure, open, onClose }: { actionId: number; measure: Measure | null; open: boolean; onClose: () => void }) {
  const { save } = measureWrites;
  const { draft, update, failure, saving, dirty, submit, form, conflict } = useDraftForm({
    initial: {
      name: measure?.name ?? '', unit: measure?.unit ?? 'antal' as MeasureUnit, direction: measure?.direction ?? 'hogre' as MeasureDirection,
      baselineValue: numberForInput(measure?.baselineValue ?? null), baselineYear: measure?.baselineYear === null || !measure ? '' : String(measure.baselineYear),
      targetValue: numberForInput(measure?.targetValue ?? null), targetDate: measure?.targetDate ?? null,
      source: measure?.source ?? '', definition: measure?.definition ?? '',
    },
    open, fields: FIELDS, onClose,
    version: measure?.version, labels: LABELS, format: formatMeasureValue, fromTheirs: draftFromTheirs,
    save: (d, version) => save(measure?.id ?? null, {
      actionId, name: d.name, unit: d.unit, direction: d.direction,
      baselineValue: typedNumber(d.baselineValue, 'baselineValue', 'Utgångsvärde'),
      baselineYear: typedNumber(d.baselineYear, 'baselineYear', 'År för utgångsvärdet'),
      targetValue: typedNumber(d.targetValue, 'targetValue', 'Målvärde'), targetDate: d.targetDate,
      source: d.source, definition: d.definition,
    }, version),
  });
  const error = (field: string) => failure?.fields[field];
  return (
    <FormDialog title={measure ? `Ändra mått – ${measure.name}` : 'Nytt mått'} open={open} dirty={dirty} onClose={onClose} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <Field label="Namn" hint="Vad som mäts, t.ex. Andel medarbetare som frågar om våld" error={error('name')}>
            <input value={draft.name} onChange={(e) => update({ name: e.target.value })} aria-required="true" />
          </Field>
          <div className="form-row">
            <Field label="Enhet" error={error('unit')}>
              <select value={draft.unit} onChange={(e) => update({ unit: e.target.value as MeasureUnit })}>
                {MEASURE_UNITS.map((u) => <option key={u} value={u}>{MEASURE_UNIT_LABEL[u]}</option>)}
              </select>
            </Field>
            <Field label="Riktning" error={error('direction')}>
              <select value={draft.direction} onChange={(e) => update({ direction: e.target.value as MeasureDirection })}>
                {MEASURE_DIRECTIONS.map((d) => <option key={d} value={d}>{MEASURE_DIRECTION_LABEL[d]}</option>)}
              </select>
            </Field>
          </div>
          <div className="form-row">
            <Field label="Utgångsvärde" hint={draft.unit === 'ja_nej' ? '1 = Ja, 0 = Nej' : 'Till exempel 40 eller 2 480'} error={error('baselineValue')}>
              <input className="input-short" inputMode="decimal" value={draft.baselineValue} onChange={(e) => update({ baselineValue: e.target.value })} />
            </Field>
            <Field label="År för utgångsvärdet" error={error('baselineYear')}>
              <input className="input-short" inputMode="numeric" value={draft.baselineYear} onChange={(e) => update({ baselineYear: e.target.value })} />
            </Field>
          </div>
          <div className="form-row">
            <Field label="Målvärde" error={error('targetValue')}>
              <input className="input-short" inputMode="decimal" value={draft.targetValue} onChange={(e) => update({ targetValue: e.target.value })} />
            </Field>
            <Field label="Målvärdet ska vara nått" hint="Datum, t.ex. 2027-12-31" error={error('targetDate')}>
              <DateInput value={draft.targetDate} onChange={(targetDate) => update({ targetDate })} />
            </Field>
          </div>
          <Field label="Källa" hint="Var siffrorna kommer från" error={error('source')}>
            <input value={draft.source} onChange={(e) => update({ source: e.target.value })} />
          </Field>
          <Field label="Definition" hint="Frivillig: hur måttet räknas" error={error('definition')}>
            <textarea rows={2} value={draft.definition} onChange={(e) => update({ definition: e.target.value })} />
          </Field>
          <FormButtons onCancel={requestClose} saving={saving} label={measure ? 'Spara' : 'Lägg till'} />
        </form>
      )}
    </FormDialog>
  );
}
