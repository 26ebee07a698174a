import type { Body } from '@shared/domain/types';
import type { ReportKind } from '@shared/report/model';
import type { ReportChoice } from '@renderer/stores/reportStore';

const KINDS: { kind: ReportKind; label: string }[] = [
  { kind: 'arsrapport', label: 'Årets uppföljningsrapport' },
  { kind: 'namnd', label: 'Rapport för en nämnd' },
  { kind: 'rekommendationer', label: 'Revisionens rekommendationer' },
];

/** Which report: kind, year and (for a nämnd's report) which nämnd. */
export function ReportControls({ choice, years, bodies, onChange }: {
  choice: ReportChoice;
  years: number[];
  bodies: Body[];
  onChange: (choice: ReportChoice) => void;
}) {
  return (
    <div className="report-controls">
      <fieldset className="report-kinds">
        <legend>Rapport</legend>
        {KINDS.map((k) => (
          <label key={k.kind}>
            <input type="radio" name="report-kind" value={k.kind} checked={choice.kind === k.kind}
              onChange={() => onChange({ ...choice, kind: k.kind })} />
            {k.label}
          </label>
        ))}
      </fieldset>
      <label className="report-select">
        År
        <select value={choice.year} onChange={(e) => onChange({ ...choice, year: Number(e.target.value) })}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      {choice.kind === 'namnd' && (
        <label className="report-select">
          Nämnd
          <select value={choice.bodyId ?? ''} onChange={(e) => onChange({ ...choice, bodyId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Välj nämnd …</option>
            {bodies.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </label>
      )}
    </div>
  );
}
