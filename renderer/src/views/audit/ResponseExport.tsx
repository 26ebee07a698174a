import { useState } from 'react';
import {
  EMPTY_RESPONSE_FIELDS, RESPONSE_FORM_LABEL, RESPONSE_FORMS, type AuditResponseFields, type ResponseForm,
} from '@shared/domain/auditResponse';
import type { AuditDetail } from '@shared/domain/types';
import { countAtStart, joinList, NOUNS } from '@shared/text';
import { errorMessage } from '@renderer/api/client';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useSettingsStore } from '@renderer/stores/settingsStore';
import { useAuditData } from './auditStore';
import { exportSvar, loadSvarTexts, missingInSvar } from './svarStore';
import { SvarTextsDialog } from './SvarTextsDialog';

/** The nämnder that have something to answer: those audited and those a recommendation is addressed to. */
function answeringBodies(audit: AuditDetail, names: Map<number, string>): { id: number; name: string }[] {
  const ids = new Set([...audit.auditedBodyIds, ...audit.recommendations.flatMap((r) => r.addressees.map((a) => a.bodyId))]);
  return [...ids].map((id) => ({ id, name: names.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** "Sammanfattning saknas – exportera ändå?" or "Tre uppgifter saknas – exportera ändå?" */
function missingTitle(missing: string[]): string {
  return `${missing.length === 1 ? missing[0] : countAtStart(missing.length, NOUNS.uppgift)} saknas – exportera ändå?`;
}

/**
 * "Svar på revisionsrapport": a nämnd's answer in Word, as the förvaltning's tjänsteutlåtande or the
 * nämnd's own yttrande to the revisorer. The svar's texts are kept per granskning and nämnd; the
 * export says first what is empty and asks before it writes.
 */
export function ResponseExport({ audit }: { audit: AuditDetail }) {
  const { bodies } = useAuditData();
  const notice = useNoticeStore((s) => s.show);
  const choices = answeringBodies(audit, new Map(bodies.map((b) => [b.id, b.name])));
  const [chosen, setChosen] = useState<number | null>(null);
  const [form, setForm] = useState<ResponseForm>('tjansteutlatande');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [texts, setTexts] = useState<AuditResponseFields>(EMPTY_RESPONSE_FIELDS);
  const [textsOpen, setTextsOpen] = useState(false);
  const [textsVersion, setTextsVersion] = useState(0);
  const body = choices.find((c) => c.id === chosen) ?? choices[0] ?? null;
  if (!body) return null;

  const attempt = async (run: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await run();
    } catch (error) {
      notice(errorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  const write = () => attempt(() => exportSvar(audit.id, body.id, form));
  const start = () => attempt(async () => {
    await useSettingsStore.getState().askOnceBeforeExport();
    const empty = await missingInSvar(audit.id, body.id, form);
    if (empty.length > 0) setMissing(empty);
    else await exportSvar(audit.id, body.id, form);
  });
  const editTexts = () => attempt(async () => {
    const { auditId: _a, bodyId: _b, updatedAt: _u, version, ...fields } = await loadSvarTexts(audit.id, body.id);
    setTexts(fields);
    setTextsVersion(version);
    setTextsOpen(true);
  });

  return (
    <section aria-labelledby="audit-export-heading" className="audit-section audit-export">
      <h3 id="audit-export-heading">Svar på revisionsrapport</h3>
      <p className="muted">Nämndens svar i Word: förvaltningens tjänsteutlåtande eller nämndens eget yttrande till revisorerna. Varje rekommendation citeras följd av nämndens svar.</p>
      <div className="audit-export-row">
        <label htmlFor="audit-export-body">Nämnd</label>
        <select id="audit-export-body" value={body.id} onChange={(e) => setChosen(Number(e.target.value))}>
          {choices.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
        <fieldset className="audit-export-form">
          <legend>Form</legend>
          {RESPONSE_FORMS.map((f) => (
            <label key={f}>
              <input type="radio" name={`svar-form-${audit.id}`} value={f} checked={form === f} onChange={() => setForm(f)} />
              {RESPONSE_FORM_LABEL[f]}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="audit-export-row">
        <button type="button" className="button" onClick={() => void editTexts()} disabled={busy}>Svarets texter…</button>
        <button type="button" className="button button-primary" onClick={() => void start()} disabled={busy}>
          {busy ? 'Skapar svaret…' : 'Exportera svar (DOCX)'}
        </button>
      </div>
      <ConfirmDialog open={missing !== null} title={missing ? missingTitle(missing) : ''} confirmLabel="Exportera ändå"
        message={missing ? `Inte ifyllt: ${joinList(missing)}. Det lämnas utanför dokumentet; du kan fylla i det under Svarets texter och i svaren på rekommendationerna.` : ''}
        onCancel={() => setMissing(null)}
        onConfirm={() => {
          setMissing(null);
          void write();
        }} />
      <SvarTextsDialog auditId={audit.id} bodyId={body.id} bodyName={body.name} initial={texts} version={textsVersion} open={textsOpen} onClose={() => setTextsOpen(false)} />
    </section>
  );
}
