import { useMemo } from 'react';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '@shared/domain/status';
import type { ActionStatusRow, Area } from '@shared/domain/types';
import { STATUS_LABEL } from '@shared/labels';
import { DEADLINE_WINDOWS, filterSummary, isFilterActive, type DeadlineWindow } from '@renderer/filters/actionFilter';
import { useFilterStore } from '@renderer/stores/filterStore';

const collator = new Intl.Collator('sv');

/** The nämnder responsible for something in this plan: the only ones a filter can find. */
function bodiesOf(actions: readonly ActionStatusRow[]): { id: number; name: string }[] {
  const names = new Map<number, string>();
  for (const action of actions) for (const r of action.responsible) names.set(r.bodyId, r.bodyName);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
}

/** Filters and free-text search over the loaded åtgärder, and the line that says what is shown. */
export function FilterBar({ areas, actions, shown }: { areas: Area[]; actions: ActionStatusRow[]; shown: number }) {
  const { filter, setFilter, clear } = useFilterStore();
  const bodies = useMemo(() => bodiesOf(actions), [actions]);
  const active = isFilterActive(filter);
  const summary = filterSummary(shown, actions.length, filter, {
    area: areas.find((a) => a.id === filter.areaId)?.name,
    body: bodies.find((b) => b.id === filter.bodyId)?.name,
  });
  const idOrNull = (value: string): number | null => (value === '' ? null : Number(value));

  return (
    <div className="filter-panel">
      <div role="search" aria-label="Filtrera åtgärder" className="filter-bar">
        <div className="filter-field filter-text">
          <label htmlFor="filter-text">Sök</label>
          <input id="filter-text" type="search" value={filter.text} placeholder="Nummer, titel eller beskrivning"
            onChange={(e) => setFilter({ text: e.target.value })} />
        </div>
        <div className="filter-field">
          <label htmlFor="filter-area">Utvecklingsområde</label>
          <select id="filter-area" value={filter.areaId ?? ''} onChange={(e) => setFilter({ areaId: idOrNull(e.target.value) })}>
            <option value="">Alla områden</option>
            {areas.map((a, i) => <option key={a.id} value={a.id}>{i + 1}. {a.name}</option>)}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="filter-body">Nämnd</label>
          <select id="filter-body" value={filter.bodyId ?? ''} onChange={(e) => setFilter({ bodyId: idOrNull(e.target.value) })}>
            <option value="">Alla nämnder</option>
            {bodies.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={filter.status ?? ''}
            onChange={(e) => setFilter({ status: e.target.value === '' ? null : e.target.value as EffectiveStatus })}>
            <option value="">Alla statusar</option>
            {EFFECTIVE_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="filter-deadline">Klart senast</label>
          <select id="filter-deadline" value={filter.deadline} onChange={(e) => setFilter({ deadline: e.target.value as DeadlineWindow })}>
            {DEADLINE_WINDOWS.map((w) => <option key={w.id} value={w.id}>{w.label}</option>)}
          </select>
        </div>
      </div>
      <div className="filter-summary">
        <p role="status" data-filter-summary>{summary}</p>
        {active && (
          <button type="button" className="button button-small" onClick={() => {
            clear();
            document.getElementById('filter-text')?.focus();
          }}>Rensa filter</button>
        )}
      </div>
    </div>
  );
}
