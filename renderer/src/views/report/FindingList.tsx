import { useState } from 'react';
import type { EditorFinding } from '@shared/report/model';
import { useReportData, useReportStore } from '@renderer/stores/reportStore';
import { FindingForm, type FindingDraft } from './FindingForm';
import { useRun } from './useRun';

/**
 * The year's iakttagelser about one område (or the plan as a whole): the strateg's own, and the
 * app's suggestions, printed until rewritten ("Skriv om") or removed.
 */
export function FindingList({ areaId, about, findings }: { areaId: number | null; about: string; findings: EditorFinding[] }) {
  const writes = useReportStore((s) => s.judgement);
  const { sources } = useReportData();
  const [editing, setEditing] = useState<string | null>(null);
  const { error, busy, run } = useRun();
  const keyOf = (f: EditorFinding) => (f.id === null ? `forslag-${f.suggestion}` : String(f.id));
  const sourceTitle = new Map(sources.map((s) => [s.id, s.title]));

  const save = async (finding: EditorFinding | null, draft: FindingDraft) => {
    const ok = await run(() => {
      if (finding === null) return writes.createFinding({ areaId, ...draft });
      if (finding.id === null) return writes.createFinding({ areaId, ...draft, suggestion: finding.suggestion });
      return writes.updateFinding({ id: finding.id, version: finding.version, patch: draft });
    });
    if (ok) setEditing(null);
  };
  const remove = (f: EditorFinding) => run(() => (f.id === null
    ? writes.dismissSuggestion({ areaId, suggestion: f.suggestion! })
    : writes.deleteFinding(f.id)));

  return (
    <div className="report-findings">
      <h4>Iakttagelser</h4>
      {findings.length === 0 && <p className="muted">Inga iakttagelser.</p>}
      <ul className="report-finding-list">
        {findings.map((f) => (
          <li key={keyOf(f)} data-finding={keyOf(f)}>
            {editing === keyOf(f) ? (
              <FindingForm initial={{ text: f.text, sourceIds: f.sourceIds }} sources={sources} error={error} busy={busy}
                onSave={(d) => void save(f, d)} onCancel={() => setEditing(null)} />
            ) : (
              <>
                {f.id === null && <p className="report-field-state">Förslag från uppgifterna i planen</p>}
                <p>{f.text}</p>
                {f.sourceIds.length > 0 && <p className="report-finding-cites">Källor: {f.sourceIds.map((id) => sourceTitle.get(id) ?? '?').join('; ')}</p>}
                <div className="report-field-actions">
                  <button type="button" className="button" onClick={() => setEditing(keyOf(f))}>{f.id === null ? 'Skriv om' : 'Ändra'}</button>
                  <button type="button" className="button button-quiet" disabled={busy} onClick={() => void remove(f)}>Ta bort</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new'
        ? <FindingForm initial={{ text: '', sourceIds: [] }} sources={sources} error={error} busy={busy} onSave={(d) => void save(null, d)} onCancel={() => setEditing(null)} />
        : <button type="button" className="button" onClick={() => setEditing('new')} aria-label={`Ny iakttagelse om ${about}`}>Ny iakttagelse</button>}
      {editing === null && error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
