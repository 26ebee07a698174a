import { useState } from 'react';
import type { AuditDetail } from '../../../../shared/domain/types';
import { useAuditStore } from './auditStore';

/** The nämnder that have something to answer: those audited and those a recommendation is addressed to. */
function answeringBodies(audit: AuditDetail, names: Map<number, string>): { id: number; name: string }[] {
  const ids = new Set([...audit.auditedBodyIds, ...audit.recommendations.flatMap((r) => r.addressees.map((a) => a.bodyId))]);
  return [...ids].map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/**
 * "Svar på revisionsrapport": a DOCX draft for one nämnd in the shape of a tjänsteutlåtande, each
 * recommendation quoted and followed by the nämnd's svar, to finish in Word.
 */
export function ResponseExport({ audit }: { audit: AuditDetail }) {
  const { bodies, exportResponse } = useAuditStore();
  const choices = answeringBodies(audit, new Map(bodies.map((b) => [b.id, b.name])));
  const [chosen, setChosen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const bodyId = chosen !== null && choices.some((c) => c.id === chosen) ? chosen : (choices[0]?.id ?? null);
  if (choices.length === 0) return null;
  const run = async (): Promise<void> => {
    if (bodyId === null) return;
    setBusy(true);
    await exportResponse(audit.id, bodyId);
    setBusy(false);
  };
  return (
    <section aria-labelledby="audit-export-heading" className="audit-section audit-export">
      <h3 id="audit-export-heading">Svar på revisionsrapport</h3>
      <p className="muted">Ett utkast till tjänsteutlåtande i Word där varje rekommendation citeras följd av nämndens svar.</p>
      <div className="audit-export-row">
        <label htmlFor="audit-export-body">Nämnd</label>
        <select id="audit-export-body" value={bodyId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
          {choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <button type="button" className="button button-primary" onClick={() => void run()} disabled={busy}>
          {busy ? 'Skapar utkast…' : 'Exportera svar (DOCX)'}
        </button>
      </div>
    </section>
  );
}
