import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';

export interface StopDecision {
  stopDecision: string;
  stopDecidedBy: string;
  stopDecidedOn: string | null;
}

export const NO_STOP_DECISION: StopDecision = { stopDecision: '', stopDecidedBy: '', stopDecidedOn: null };

export const STOP_FIELDS = ['stopDecision', 'stopDecidedBy', 'stopDecidedOn'] as const;

/**
 * Shown when the status is Avbruten: who decided to stop the åtgärd, and when. It may be left
 * empty, but the yearly report then counts the stop against the område (assessmentRule.ts).
 */
export function StopDecisionFields({ value, onChange, error }: {
  value: StopDecision;
  onChange: (change: Partial<StopDecision>) => void;
  error: (field: string) => string | undefined;
}) {
  return (
    <fieldset className="stop-decision">
      <legend>Beslut om att avbryta åtgärden</legend>
      <p className="field-hint">Utan beslut räknas avbrottet som en brist i årets uppföljning.</p>
      <Field label="Beslut" error={error('stopDecision')} hint="Till exempel KS § 112, Avslut av åtgärd 6.2">
        <input value={value.stopDecision} onChange={(e) => onChange({ stopDecision: e.target.value })} />
      </Field>
      <div className="form-row">
        <Field label="Instans" error={error('stopDecidedBy')} hint="Vem som beslutade, till exempel Kommunstyrelsen">
          <input value={value.stopDecidedBy} onChange={(e) => onChange({ stopDecidedBy: e.target.value })} />
        </Field>
        <Field label="Beslutsdatum" error={error('stopDecidedOn')}>
          <DateInput value={value.stopDecidedOn} onChange={(stopDecidedOn) => onChange({ stopDecidedOn })} />
        </Field>
      </div>
    </fieldset>
  );
}
