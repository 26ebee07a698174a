import type { Body } from '@shared/domain/types';
import { formatDate } from '@shared/dates';
import { BODY_KIND_LABEL } from '@shared/labels';
import { BodyActionList } from './BodyActionList';
import type { BodyStats } from './bodyStats';

const COLUMNS = 6;

/** One nämnd in the register, and below it (when expanded) its åtgärder in the plan. */
export function BodyRow({ body, stats, expanded, onToggle, onEdit, onDelete }: {
  body: Body;
  stats: BodyStats | undefined;
  expanded: boolean;
  onToggle: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const items = stats?.actions ?? [];
  const listId = `bodies-actions-${body.id}`;
  const leads = items.filter((i) => i.role === 'huvudansvarig').length;
  return (
    <>
      <tr data-body-id={body.id} className={body.active ? undefined : 'bodies-inactive'}>
        <th scope="row">
          {body.name}
          {!body.active && <span className="bodies-inactive-tag">Inaktiv</span>}
        </th>
        <td>{BODY_KIND_LABEL[body.kind]}</td>
        <td>
          {items.length === 0 ? <span className="muted">Inga</span> : (
            <button type="button" id={`bodies-toggle-${body.id}`} className="link-button bodies-toggle" aria-expanded={expanded}
              aria-controls={expanded ? listId : undefined} onClick={onToggle}>
              <span aria-hidden="true" className="bodies-chevron">{expanded ? '▾' : '▸'}</span>
              {items.length} {items.length === 1 ? 'åtgärd' : 'åtgärder'}
            </button>
          )}
          {leads > 0 && <span className="bodies-leads">varav {leads} som huvudansvarig</span>}
        </td>
        <td className={stats && stats.overdue > 0 ? 'bodies-overdue' : undefined}>{stats?.overdue ?? 0}</td>
        <td className="date">{stats?.lastReportedOn ? formatDate(stats.lastReportedOn) : <span className="muted">Aldrig</span>}</td>
        <td className="bodies-row-actions">
          <button type="button" className="button" aria-label={`Ändra ${body.name}`} onClick={onEdit}>Ändra</button>
          <button type="button" className="button" aria-label={`Ta bort ${body.name}`} onClick={onDelete}>Ta bort</button>
        </td>
      </tr>
      {expanded && items.length > 0 && (
        <tr className="bodies-expanded">
          <td colSpan={COLUMNS}>
            <BodyActionList id={listId} items={items} />
          </td>
        </tr>
      )}
    </>
  );
}
