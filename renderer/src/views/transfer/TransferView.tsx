import type { Plan } from '@shared/domain/types';
import { ExportSection } from './ExportSection';
import { PlanImportSection } from './PlanImportSection';
import { SvarSection } from './SvarSection';
import { UnderlagSection } from './UnderlagSection';
import { BackupSection } from '../backup/BackupSection';
import './transfer.css';

/** Import och export: a plan from a spreadsheet, underlag out to the nämnder and their svar back, exports and backups. */
export function TransferView({ plan }: { plan: Plan }) {
  return (
    <div className="transfer">
      <h1>Import och export</h1>
      <p className="transfer-intro">Läs in en plan från ett kalkylark, samla in status från nämnderna och ta ut listor och säkerhetskopior.</p>
      <PlanImportSection plan={plan} />
      <UnderlagSection plan={plan} />
      <SvarSection />
      <ExportSection plan={plan} />
      <BackupSection />
    </div>
  );
}
