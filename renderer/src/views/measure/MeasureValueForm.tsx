import { useState } from 'react';
import type { Measure } from '@shared/domain/measure';
import { periodOutsidePlan } from '@shared/domain/measureRules';
import type { Plan } from '@shared/domain/types';
import { MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormButtons } from '../audit/FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';
import { FormDialog } from '@renderer/components/FormDialog';
import { suggestPeriod } from '../plan/reportPeriod';
import { measureWrites } from './measureStore';
import { requiredNumber } from './typedNumber';

const FIELDS = ['period', 'measuredOn', 'value', 'comment', 'source', 'reportedBy'];

/**
 * Nytt utfall for one mått: period (the plan's rhythm suggests it), date, value, comment, källa and
 * who reported it. A period outside the plan's years is a warning first: the second save saves.
 */
export function MeasureValueForm({ plan, measure, today, open, onClose }: { plan: Plan; measure: Measure; today: string; open: boolean; onClose: () => void }) {
  const { setValue } = measureWrites;
  const [warned, setWarned] = useState<string | null>(null);
  const { draft, update, failure, saving, dirty, submit, form } = useDraftForm({
    initial: { period: suggestPeriod(today, plan.followUpRhythm), measuredOn: today as string | null, value: '', comment: '', source: measure.source, reportedBy: '' },
    open, fields: FIELDS, onClose,
    save: (d) => setValue({
      measureId: measure.id, period: d.period, measuredOn: d.measuredOn ?? '', value: requiredNumber(d.value, 'value', 'Utfall'),
      comment: d.comment, source: d.source, reportedBy: d.reportedBy,
    }),
  });
  const error = (field: string) => failure?.fields[field];
  const warning = periodOutsidePlan(plan, draft.period);
  const warningShown = warning !== null && warned === draft.period;
  return (
    <FormDialog title={`Nytt utfall – ${measure.name}`} open={open} dirty={dirty} onClose={onClose}>
      {(requestClose) => (
        <form ref={form} noValidate onSubmit={(e) => {
          // Outside the plan's years: say so first; the next save saves.
          if (warning !== null && !warningShown) {
            e.preventDefault();
            setWarned(draft.period);
          } else void submit(e);
        }}>
          <ErrorMessage text={failure?.message ?? null} />
          {warningShown && <p className="form-warning" role="alert">{warning} Spara igen om utfallet ändå ska gälla den perioden.</p>}
          <div className="form-row">
            <Field label="Period" hint="Till exempel 2026, 2026-H1 eller 2026-T3" error={error('period')}>
              <input className="input-short" value={draft.period} onChange={(e) => update({ period: e.target.value })} />
            </Field>
            <Field label="Datum" error={error('measuredOn')}>
              <DateInput value={draft.measuredOn} onChange={(measuredOn) => update({ measuredOn })} />
            </Field>
          </div>
          <Field label={`Utfall (${MEASURE_UNIT_LABEL[measure.unit].toLowerCase()})`} hint={measure.unit === 'ja_nej' ? 'Ja eller Nej' : 'Till exempel 64 eller 2 480'} error={error('value')}>
            <input className="input-short" inputMode="decimal" value={draft.value} onChange={(e) => update({ value: e.target.value })} aria-required="true" />
          </Field>
          <Field label="Kommentar" error={error('comment')}>
            <textarea rows={2} value={draft.comment} onChange={(e) => update({ comment: e.target.value })} />
          </Field>
          <div className="form-row">
            <Field label="Källa" error={error('source')}>
              <input value={draft.source} onChange={(e) => update({ source: e.target.value })} />
            </Field>
            <Field label="Rapporterad av" error={error('reportedBy')}>
              <input value={draft.reportedBy} onChange={(e) => update({ reportedBy: e.target.value })} />
            </Field>
          </div>
          <FormButtons onCancel={requestClose} saving={saving} label={warningShown ? 'Spara ändå' : 'Spara'} />
        </form>
      )}
    </FormDialog>
  );
}
