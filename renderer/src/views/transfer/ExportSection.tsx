import type { Plan } from '@shared/domain/types';
import { restoredSummary } from '@shared/transferLabels';
import { api } from '@renderer/api/client';
import { write } from '@renderer/data/write';
import { deliveredFile } from './delivery';
import { FilePicker } from './FilePicker';
import type { Upload } from './fileUpload';
import { ProblemList } from './ProblemList';
import { useTransferRun } from './useTransferRun';

/** Exportera och säkerhetskopiera: the status list for Excel, the whole plan as JSON, and back. */
export function ExportSection({ plan }: { plan: Plan }) {
  const { busy, error, done, run } = useTransferRun();

  const restore = (file: Upload) => run(async () => {
    const result = await write('restorePlanJson', { file });
    return `${restoredSummary(result)} Välj den i listan Plan överst.`;
  });

  return (
    <section className="card transfer-section" aria-labelledby="transfer-export-heading">
      <h2 id="transfer-export-heading">Exportera och säkerhetskopiera</h2>
      <p>Statuslistan visar varje åtgärd i ”{plan.name}” med status i dag. JSON-filen innehåller hela planen med historik och kan återställas.</p>
      <div className="transfer-buttons">
        <button type="button" className="button" disabled={busy} onClick={() => void run(async () => deliveredFile(await api.exportStatusList({ planId: plan.id, format: 'xlsx' })))}>
          Statuslista som Excel
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run(async () => deliveredFile(await api.exportStatusList({ planId: plan.id, format: 'csv' })))}>
          Statuslista som CSV
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run(async () => deliveredFile(await api.exportPlanJson({ planId: plan.id })))}>
          Hela planen som JSON
        </button>
      </div>
      <FilePicker label="Återställ en plan från JSON" hint="En fil som exporterats med Hela planen som JSON. Planen läggs till i planfilen." accept=".json" disabled={busy} onFile={(f) => void restore(f)} />
      <p className="muted">En kopia av hela planfilen sparar du med Arkiv → Spara kopia som… i programmets meny.</p>
      <ProblemList error={error} />
      {done && <p className="transfer-done" role="status">{done}</p>}
    </section>
  );
}
