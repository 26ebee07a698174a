import { ASSESSMENTS, type Assessment } from '@shared/domain/status';
import { ASSESSMENT_LABEL } from '@shared/labels';

/** Ja / Delvis / Nej, or not yet assessed: the only choices there are (the main process checks too). */
export function AssessmentSelect({ value, onChange, ...rest }: {
  value: Assessment | null;
  onChange: (value: Assessment | null) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as Assessment))}>
      <option value="">Ej bedömd</option>
      {ASSESSMENTS.map((a) => <option key={a} value={a}>{ASSESSMENT_LABEL[a]}</option>)}
    </select>
  );
}

/** Ja/Delvis/Nej in the colours of the audits' tables, with the word so colour is not the only carrier. */
export function AssessmentBadge({ value }: { value: Assessment | null }) {
  if (value === null) return <span className="muted">Ej bedömd</span>;
  return <span className={`assessment assessment-${value}`}>{ASSESSMENT_LABEL[value]}</span>;
}
