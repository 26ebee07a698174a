import { EFFECTIVE_STATUSES, type EffectiveStatus } from '@shared/domain/status';
import { STATUS_LABEL } from '@shared/labels';
import { STATUS_SYMBOL } from '@renderer/components/StatusBadge';
import { countChange, formatCount } from './format';
import type { Group } from './model';

export type SelectGroup = (groupId: number, status: EffectiveStatus | null) => void;

function Count({ value, onSelect }: { value: number; onSelect: () => void }) {
  if (value === 0) return <span className="dash-cell-value" data-value={0}>0</span>;
  return (
    <button type="button" className="link-button dash-cell-value" data-value={value} onClick={onSelect}>
      {formatCount(value)}<span className="visually-hidden"> – visa åtgärderna</span>
    </button>
  );
}

function Delta({ now, before, compareTo }: { now: number; before: number; compareTo: string }) {
  const change = countChange(now, before, compareTo);
  return (
    <span className={`dash-delta dash-delta-${change.direction}`}>
      <span aria-hidden="true">{change.shown}</span><span className="visually-hidden">, {change.spoken}</span>
    </span>
  );
}

/**
 * The table alternative of a status chart: the same numbers, each one a button that lists its
 * åtgärder (the keyboard way to the drill-down), and the change since the comparison date.
 */
export function StatusTable({ caption, categoryLabel, groups, previous, compareTo, onSelect }: {
  caption: string;
  categoryLabel: string;
  groups: Group[];
  previous: Map<number, Group>;
  compareTo: string | null;
  onSelect: SelectGroup;
}) {
  const before = (group: Group, status: EffectiveStatus | null): number => {
    const old = previous.get(group.id);
    if (!old) return 0;
    return status === null ? old.total : old.counts[status];
  };
  return (
    <div className="dash-table-wrap">
      <table className="dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            <th scope="col" className="dash-num">Åtgärder</th>
            {EFFECTIVE_STATUSES.map((s) => (
              <th key={s} scope="col" className="dash-num"><span aria-hidden="true">{STATUS_SYMBOL[s]} </span>{STATUS_LABEL[s]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id} data-group-id={group.id}>
              <th scope="row">{group.name}</th>
              <td className="dash-num" data-status="total">
                <Count value={group.total} onSelect={() => onSelect(group.id, null)} />
                {compareTo && <Delta now={group.total} before={before(group, null)} compareTo={compareTo} />}
              </td>
              {EFFECTIVE_STATUSES.map((s) => (
                <td key={s} className="dash-num" data-status={s}>
                  <Count value={group.counts[s]} onSelect={() => onSelect(group.id, s)} />
                  {compareTo && <Delta now={group.counts[s]} before={before(group, s)} compareTo={compareTo} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
