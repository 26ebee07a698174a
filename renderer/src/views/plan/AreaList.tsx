import { memo, useMemo, useState } from 'react';
import type { Area } from '@shared/domain/types';
import { errorMessage } from '@renderer/api/client';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { usePlanData } from '@renderer/data/planReads';
import { useSelectedPlan } from '@renderer/stores/appStore';
import { planWrites } from '@renderer/stores/planStore';
import { AreaDialog } from './AreaDialog';
import { useDeleteConfirm } from '@renderer/hooks/useDeleteConfirm';

/** Focus the same område's move button after a move; at the top or bottom the other one. */
function refocus(id: number, step: -1 | 1): void {
  const preferred = document.getElementById(`area-move-${step < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null;
  const other = document.getElementById(`area-move-${step < 0 ? 'down' : 'up'}-${id}`) as HTMLButtonElement | null;
  (preferred && !preferred.disabled ? preferred : other)?.focus();
}

/**
 * Utvecklingsområden: add, rename and describe, reorder, delete (after saying what goes with it).
 * Memoised: a filter change in the list below does not touch it.
 */
export const AreaList = memo(function AreaList() {
  const { areas, actions } = usePlanData(useSelectedPlan()?.id ?? null);
  const { deleteArea, deleteImpact } = planWrites;
  const counts = useMemo(() => {
    const map = new Map<number, number>();
    for (const a of actions) map.set(a.areaId, (map.get(a.areaId) ?? 0) + 1);
    return map;
  }, [actions]);
  const [editing, setEditing] = useState<{ area: Area | null } | null>(null);
  const { ask, dialog } = useDeleteConfirm();

  const move = async (area: Area, step: -1 | 1): Promise<void> => {
    try {
      await planWrites.moveArea(areas, area.id, step);
      refocus(area.id, step);
    } catch (error) {
      useNoticeStore.getState().show(errorMessage(error), 'error');
    }
  };
  const remove = (area: Area): Promise<void> => ask({
    title: 'Ta bort utvecklingsområde?',
    impact: () => deleteImpact('area', area.id),
    remove: () => deleteArea(area.id),
    done: `Utvecklingsområdet ”${area.name}” togs bort. Ångra med Ctrl+Z.`,
    after: () => document.getElementById('area-admin-add')?.focus(),
  });

  return (
    <details className="card area-admin">
      <summary>Utvecklingsområden ({areas.length})</summary>
      {areas.length === 0 && <p className="muted">Planen har inga utvecklingsområden ännu. Lägg till det första.</p>}
      <ol className="area-admin-list">
        {areas.map((area, index) => {
          const count = counts.get(area.id) ?? 0;
          return (
            <li key={area.id} data-area-id={area.id}>
              <div className="area-admin-text">
                <span className="area-admin-name">{index + 1}. {area.name}</span>
                <span className="muted"> · {count} {count === 1 ? 'åtgärd' : 'åtgärder'}</span>
                {area.description && <span className="area-admin-description muted">{area.description}</span>}
              </div>
              <div className="area-admin-buttons">
                <button type="button" className="button button-small" id={`area-move-up-${area.id}`} disabled={index === 0}
                  aria-label={`Flytta upp ${area.name}`} onClick={() => void move(area, -1)}>Flytta upp</button>
                <button type="button" className="button button-small" id={`area-move-down-${area.id}`} disabled={index === areas.length - 1}
                  aria-label={`Flytta ner ${area.name}`} onClick={() => void move(area, 1)}>Flytta ner</button>
                <button type="button" className="button button-small" aria-label={`Ändra ${area.name}`}
                  onClick={() => setEditing({ area })}>Ändra</button>
                <button type="button" className="button button-small button-danger-outline" aria-label={`Ta bort ${area.name}`}
                  onClick={() => void remove(area)}>Ta bort</button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" id="area-admin-add" onClick={() => setEditing({ area: null })}>Nytt utvecklingsområde</button>
      <AreaDialog area={editing?.area ?? null} open={editing !== null} onClose={() => setEditing(null)} />
      {dialog}
    </details>
  );
});
