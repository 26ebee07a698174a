import type { Score } from '@shared/domain/indicatorSummary';
import { SCORE_LABEL, SCORES } from './scoreLabels';

/** Ja / Delvis / Nej (2/1/0), or not answered: the only values an indicator can have. */
export function ScoreSelect({ value, onChange, ...rest }: {
  value: Score | null;
  onChange: (value: Score | null) => void;
  id?: string;
  className?: string;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  return (
    <select {...rest} value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : (Number(e.target.value) as Score))}>
      <option value="">Ej besvarad</option>
      {SCORES.map((s) => <option key={s} value={s}>{SCORE_LABEL[s]} ({s})</option>)}
    </select>
  );
}
