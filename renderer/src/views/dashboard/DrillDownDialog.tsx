import type { DashboardAction } from '@renderer/stores/dashboardStore';
import { Dialog } from '@renderer/components/Dialog';
import { ActionList } from './ActionList';
import { actionsText } from './format';

/** The åtgärder behind a number or a bar segment; each title opens the åtgärd in the plan view. */
export interface DrillDown { title: string; rows: DashboardAction[] }

export function DrillDownDialog({ drillDown, onClose }: { drillDown: DrillDown | null; onClose: () => void }) {
  return (
    <Dialog title={drillDown ? `${drillDown.title} – ${actionsText(drillDown.rows.length)}` : ''} open={drillDown !== null} onClose={onClose} wide>
      {drillDown && (
        <div className="dash-drilldown" data-drilldown="">
          {drillDown.rows.length === 0 ? <p>Inga åtgärder.</p>
            : <ActionList rows={drillDown.rows} caption={drillDown.title} captionHidden onOpen={onClose} />}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose} autoFocus>Stäng</button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
