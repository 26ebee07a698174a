import { useRef, useState } from 'react';
import type { SvarPreview } from '@shared/domain/transfer';
import { countLabel } from '@shared/transferLabels';
import { api } from '@renderer/api/client';
import { write } from '@renderer/data/write';
import { DateInput } from '@renderer/components/DateInput';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useToday } from '@renderer/hooks/useToday';
import { FilePicker } from './FilePicker';
import type { Upload } from './fileUpload';
import { ProblemList } from './ProblemList';
import { SvarPreviewTable } from './SvarPreviewTable';

/**
 * Läs in svar: a filled-in underlag becomes status reports from that nämnd, after a preview of
 * every row. Reading the same file twice adds nothing: rows already read in are shown as such.
 */
export function SvarSection() {
  const today = useToday();
  const [file, setFile] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<SvarPreview | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [reportedOn, setReportedOn] = useState<string | null>(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(0);

  const load = async (upload: Upload, options: { period: string | null; reportedOn: string | null }): Promise<void> => {
    const request = ++latest.current;
    setBusy(true);
    try {
      const p = await api.previewSvarImport({ file: upload, period: options.period ?? undefined, reportedOn: options.reportedOn ?? undefined });
      if (request !== latest.current) return;
      setPreview(p);
      setPeriod(p.period);
      setError(null);
      if (options.period === null) requestAnimationFrame(() => heading.current?.focus());
    } catch (e) {
      if (request !== latest.current) return;
      // A refused new file clears the preview; a refused period or date keeps the one shown.
      if (options.period === null) setPreview(null);
      setError(e);
    } finally {
      if (request === latest.current) setBusy(false);
    }
  };

  const choose = (upload: Upload): void => {
    setDone(null);
    setFile(upload);
    void load(upload, { period: null, reportedOn });
  };

  const commit = async (): Promise<void> => {
    if (!file || !preview || reportedOn === null) return;
    setBusy(true);
    try {
      const result = await write('commitSvarImport', { file, period: preview.period, reportedOn });
      const text = `${countLabel(result.created, 'lägesrapport', 'lägesrapporter')} från ${preview.bodyName} sparades`
        + (result.alreadyImported > 0 ? ` (${result.alreadyImported} var redan inlästa).` : '.');
      setDone(text);
      useNoticeStore.getState().show(text);
      setPreview(null);
      setFile(null);
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const c = preview?.counts;
  return (
    <section className="card transfer-section" aria-labelledby="transfer-svar-heading">
      <h2 id="transfer-svar-heading">Läs in svar från en nämnd</h2>
      <p>Välj ett underlag som en nämnd har fyllt i. Du ser vad som händer med varje rad innan något sparas.</p>
      <FilePicker label="Ifyllt underlag" hint="Den Excel-fil (.xlsx) som nämnden skickade tillbaka." accept=".xlsx" disabled={busy} onFile={choose} />
      {busy && <p className="muted" role="status">Läser filen …</p>}
      <ProblemList error={error} />
      {done && <p className="transfer-done" role="status">{done}</p>}
      {preview && c && file && (
        <div className="transfer-preview">
          <h3 ref={heading} tabIndex={-1}>Svar från {preview.bodyName}</h3>
          <p className="transfer-summary">
            {preview.planName}, period {preview.filePeriod}. Rapporteras av {preview.reportedBy}.
            {' '}{countLabel(c.create, 'ny lägesrapport', 'nya lägesrapporter')}, {c.already} redan inlästa, {c.unanswered} utan svar
            {c.unknown + c.altered > 0 && <>, <strong>{countLabel(c.unknown + c.altered, 'rad', 'rader')} som inte läses in</strong></>}.
          </p>
          {preview.warnings.length > 0 && <ul className="transfer-warnings">{preview.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>}
          <SvarPreviewTable preview={preview} />
          <div className="transfer-row">
            <div className="field">
              <label htmlFor="transfer-svar-period">Lägesrapporterna gäller period</label>
              <input id="transfer-svar-period" type="text" className="input-short" value={period ?? ''}
                onChange={(e) => setPeriod(e.target.value)} onBlur={() => period && period !== preview.period && void load(file, { period, reportedOn })} />
            </div>
            <div className="field">
              <label htmlFor="transfer-svar-date">Datum för lägesrapporterna</label>
              <DateInput id="transfer-svar-date" value={reportedOn} required
                onChange={(d) => { setReportedOn(d); if (d) void load(file, { period, reportedOn: d }); }} />
            </div>
          </div>
          <div className="transfer-buttons">
            <button type="button" className="button button-primary" disabled={busy || c.create === 0 || reportedOn === null} onClick={() => void commit()}>
              Spara {countLabel(c.create, 'lägesrapport', 'lägesrapporter')}
            </button>
            <button type="button" className="button" onClick={() => { setPreview(null); setFile(null); }}>Avbryt</button>
          </div>
        </div>
      )}
    </section>
  );
}
