import { useId, type ReactNode } from 'react';
import type { TrendRhythm } from '@shared/domain/dashboard';
import type { Area } from '@shared/domain/types';
import { FOLLOW_UP_RHYTHMS } from '@shared/domain/period';
import { RHYTHM_PART_LABEL } from '@shared/labels';
import { DateInput } from '@renderer/components/DateInput';

/**
 * Per datum, Jämför med, the nämnd and område filters (shared with the plan view through
 * filterStore) and the trend's period. Not printed: the handout says the same in its heading.
 */
export interface BodyOption { id: number; name: string }

function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="dash-control">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

const idOrNull = (value: string): number | null => (value === '' ? null : Number(value));

export function DashboardControls({ asOf, compareTo, rhythm, areaId, bodyId, areas, bodies, onAsOf, onCompareTo, onRhythm, onArea, onBody }: {
  asOf: string;
  compareTo: string;
  rhythm: TrendRhythm;
  areaId: number | null;
  bodyId: number | null;
  areas: Area[];
  bodies: BodyOption[];
  onAsOf: (date: string) => void;
  onCompareTo: (date: string) => void;
  onRhythm: (rhythm: TrendRhythm) => void;
  onArea: (id: number | null) => void;
  onBody: (id: number | null) => void;
}) {
  return (
    <div className="dash-controls" role="group" aria-label="Urval" data-handout="omit">
      <Labelled label="Per datum">
        {(id) => <DateInput id={id} value={asOf} required onChange={(v) => { if (v) onAsOf(v); }} />}
      </Labelled>
      <Labelled label="Jämför med">
        {(id) => <DateInput id={id} value={compareTo} required onChange={(v) => { if (v) onCompareTo(v); }} />}
      </Labelled>
      <Labelled label="Nämnd">
        {(id) => (
          <select id={id} value={bodyId ?? ''} onChange={(e) => onBody(idOrNull(e.target.value))}>
            <option value="">Alla nämnder</option>
            {bodies.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        )}
      </Labelled>
      <Labelled label="Utvecklingsområde">
        {(id) => (
          <select id={id} value={areaId ?? ''} onChange={(e) => onArea(idOrNull(e.target.value))}>
            <option value="">Alla områden</option>
            {areas.map((a, i) => <option key={a.id} value={a.id}>{i + 1}. {a.name}</option>)}
          </select>
        )}
      </Labelled>
      <Labelled label="Utveckling per">
        {(id) => (
          <select id={id} value={rhythm} onChange={(e) => onRhythm(e.target.value as TrendRhythm)}>
            {FOLLOW_UP_RHYTHMS.map((r) => <option key={r} value={r}>{RHYTHM_PART_LABEL[r]}</option>)}
          </select>
        )}
      </Labelled>
    </div>
  );
}
