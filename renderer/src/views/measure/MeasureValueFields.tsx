import { useState } from 'react';
import type { MeasureWithValues } from '@shared/domain/measure';
import { periodOutsidePlan } from '@shared/domain/measureRules';
import { periodContaining, periodFromKey } from '@shared/domain/period';
import type { Plan } from '@shared/domain/types';
import { MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { Field } from '@renderer/components/Field';
import { useResetOnOpen } from '@renderer/hooks/formState';
import { typedNumber } from './typedNumber';

/**
 * Utfall entered in Ny lägesrapport, one field per mått of the åtgärd. They are saved with the status
 * (one transaction, one Ctrl+Z) for the report's period. A field left empty records nothing.
 */
export function useMeasureValues(measures: MeasureWithValues[], plan: Plan, open: boolean) {
  const [texts, setTexts] = useState<Record<number, string>>({});
  const [warnedFor, setWarnedFor] = useState<string | null>(null);
  useResetOnOpen(open, () => {
    setTexts({});
    setWarnedFor(null);
  });
  const entered = measures.filter((m) => (texts[m.id] ?? '').trim() !== '');
  /** The period the utfall will get: the report's own when it is one, else the plan's period of the date. */
  const periodOf = (period: string, reportedOn: string | null): string | null =>
    periodFromKey(period)?.key ?? (reportedOn ? periodContaining(plan.followUpRhythm, reportedOn).key : null);
  const warningFor = (period: string, reportedOn: string | null): string | null => {
    const key = periodOf(period, reportedOn);
    return entered.length === 0 || key === null ? null : periodOutsidePlan(plan, key);
  };
  return {
    texts,
    setText: (measureId: number, text: string) => setTexts((t) => ({ ...t, [measureId]: text })),
    dirty: entered.length > 0,
    /** What the report sends; a text that is not a number is refused beside its field before anything is sent. */
    toInput: () => entered.map((m, index) => ({
      measureId: m.id, value: typedNumber(texts[m.id], `measureValues.${index}.value`, `Utfall för ${m.name}`) ?? 0,
    })),
    /** Outside the plan's years, the first save only warns (once per period); the next one saves. */
    warning: (period: string, reportedOn: string | null) => {
      const warning = warningFor(period, reportedOn);
      return warning !== null && warnedFor === periodOf(period, reportedOn) ? warning : null;
    },
    mustWarn: (period: string, reportedOn: string | null): boolean => {
      const warning = warningFor(period, reportedOn);
      if (warning === null || warnedFor === periodOf(period, reportedOn)) return false;
      setWarnedFor(periodOf(period, reportedOn));
      return true;
    },
    /** A refusal's field for a mått: the index among the fields filled in. */
    fieldOf: (measureId: number): string | null => {
      const index = entered.findIndex((m) => m.id === measureId);
      return index < 0 ? null : `measureValues.${index}.value`;
    },
  };
}

export type MeasureValueDraft = ReturnType<typeof useMeasureValues>;

export function MeasureValueFields({ measures, draft, errors, warning }: {
  measures: MeasureWithValues[];
  draft: MeasureValueDraft;
  errors: Record<string, string> | undefined;
  warning: string | null;
}) {
  if (measures.length === 0) return null;
  return (
    <fieldset className="measure-value-fields">
      <legend>Utfall för åtgärdens mått</legend>
      <p className="field-hint">Lämna tomt om det inte finns något nytt utfall. Utfallet sparas för rapportens period.</p>
      {warning && <p className="form-warning" role="alert">{warning} Spara igen om utfallen ändå ska gälla den perioden.</p>}
      <div className="form-row">
        {measures.map((m) => {
          const field = draft.fieldOf(m.id);
          return (
            <Field key={m.id} label={`${m.name} (${MEASURE_UNIT_LABEL[m.unit].toLowerCase()})`} error={field ? errors?.[field] : undefined}
              hint={m.unit === 'ja_nej' ? 'Ja eller Nej' : undefined}>
              <input className="input-short" inputMode="decimal" value={draft.texts[m.id] ?? ''} data-measure-id={m.id}
                onChange={(e) => draft.setText(m.id, e.target.value)} />
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
