import { useRef, useState } from 'react';
import type { Plan } from '@shared/domain/types';
import type { PlanImportPreview as Preview, PlanImportResult } from '@shared/domain/transfer';
import { countLabel } from '@shared/transferLabels';
import { api } from '@renderer/api/client';
import { write } from '@renderer/data/write';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { useAppStore } from '@renderer/stores/appStore';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useUiStore } from '@renderer/stores/uiStore';
import { useToday } from '@renderer/hooks/useToday';
import type { BodyChoice } from './BodyChoices';
import type { MeasureImportChoice } from './MeasureImportTable';
import { deliveredFile } from './delivery';
import { FilePicker } from './FilePicker';
import type { Upload } from './fileUpload';
import { PlanImportPreview } from './PlanImportPreview';
import { ProblemList } from './ProblemList';

/**
 * Importera plan: choose a file, see what it would create, decide the near names and the status
 * date, then write it all in one go. Nothing is written before Importera is pressed.
 */
export function PlanImportSection({ plan }: { plan: Plan }) {
  const today = useToday();
  const [file, setFile] = useState<Upload | null>(null);
  const [target, setTarget] = useState<'new' | 'existing'>('new');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [planName, setPlanName] = useState('');
  const [statusDate, setStatusDate] = useState<string | null>(today);
  const [choices, setChoices] = useState<Record<string, BodyChoice>>({});
  const [measureChoices, setMeasureChoices] = useState<Record<number, MeasureImportChoice>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PlanImportResult | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);

  // Only the newest preview may land (a second file chosen while the first is read).
  const latest = useRef(0);
  const loadPreview = async (upload: Upload, into: 'new' | 'existing'): Promise<void> => {
    const request = ++latest.current;
    setBusy(true);
    try {
      const p = await api.previewPlanImport({ file: upload, targetPlanId: into === 'existing' ? plan.id : null });
      if (request !== latest.current) return;
      setPreview(p);
      setPlanName((name) => name || p.suggestedPlanName);
      setError(null);
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch (e) {
      if (request !== latest.current) return;
      setPreview(null);
      setError(e);
    } finally {
      if (request === latest.current) setBusy(false);
    }
  };

  const choose = (upload: Upload): void => {
    setResult(null);
    setChoices({});
    setMeasureChoices({});
    setPlanName('');
    setFile(upload);
    void loadPreview(upload, target);
  };

  const changeTarget = (into: 'new' | 'existing'): void => {
    setTarget(into);
    if (file) void loadPreview(file, into);
  };

  const undecided = preview?.bodies.filter((b) => b.match.kind === 'near' && !choices[b.name]) ?? [];
  const canImport = preview !== null && !busy && undecided.length === 0 && statusDate !== null && (target === 'existing' || planName.trim() !== '');

  const commit = async (): Promise<void> => {
    if (!file || !preview || statusDate === null) return;
    setBusy(true);
    try {
      const bodyChoices = Object.entries(choices).filter(([, c]) => c !== '')
        .map(([name, c]) => ({ name, bodyId: c === 'new' ? null : Number(c) }));
      const done = await write('commitPlanImport', {
        file, statusDate, bodyChoices,
        measureChoices: Object.entries(measureChoices).map(([row, c]) => ({ row: Number(row), ...c })),
        target: target === 'new' ? { kind: 'new', name: planName.trim() } : { kind: 'existing', planId: plan.id },
      });
      useAppStore.getState().selectPlan(done.planId);
      setResult(done);
      setPreview(null);
      setFile(null);
      setError(null);
      useNoticeStore.getState().show(`${countLabel(done.actionsCreated, 'åtgärd', 'åtgärder')} lästes in i ”${done.planName}”.`);
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const saveTemplate = async (): Promise<void> => {
    try {
      const text = deliveredFile(await api.savePlanImportTemplate({}));
      if (text) useNoticeStore.getState().show(text);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="card transfer-section" aria-labelledby="transfer-import-heading">
      <h2 id="transfer-import-heading">Importera en plan från Excel eller CSV</h2>
      <p>
        Läs in åtgärderna från ett kalkylark. Rubrikraden behöver en kolumn Åtgärd och en kolumn Ansvarig nämnd; Utvecklingsområde,
        Nr, Beskrivning, Start, Klart senast, Status och Kommentar läses om de finns, liksom mått: Mått eller Nyckeltal, Nuläge och Mål
        med år (t.ex. Nuläge 2022, Mål 2025) och Utfall per år (t.ex. Utfall 2024).
        {' '}<button type="button" className="link-button" onClick={() => void saveTemplate()}>Spara en mall att fylla i</button>
      </p>
      <fieldset className="transfer-target">
        <legend>Åtgärderna läggs i</legend>
        <label className="radio"><input type="radio" name="transfer-target" checked={target === 'new'} onChange={() => changeTarget('new')} /> en ny plan</label>
        <label className="radio"><input type="radio" name="transfer-target" checked={target === 'existing'} onChange={() => changeTarget('existing')} /> planen ”{plan.name}”</label>
      </fieldset>
      <FilePicker label="Fil att importera" hint="Excel-arbetsbok (.xlsx) eller CSV, högst 5 MB." accept=".xlsx,.csv,.txt" disabled={busy} onFile={choose} />
      {busy && <p className="muted" role="status">Läser filen …</p>}
      <ProblemList error={error} />
      {result && (
        <p ref={resultRef} tabIndex={-1} className="transfer-done">
          Klart: {countLabel(result.actionsCreated, 'åtgärd', 'åtgärder')}, {countLabel(result.areasCreated, 'nytt utvecklingsområde', 'nya utvecklingsområden')},
          {' '}{countLabel(result.bodiesCreated, 'ny nämnd', 'nya nämnder')}, {countLabel(result.statusReportsCreated, 'lägesrapport', 'lägesrapporter')}
          {' '}och {countLabel(result.measuresCreated, 'mått', 'mått')} i ”{result.planName}”.
          {' '}<button type="button" className="link-button" onClick={() => useUiStore.getState().show('plan')}>Visa planen</button>
        </p>
      )}
      {preview && (
        <div className="transfer-preview">
          <h3 ref={previewHeading} tabIndex={-1}>Förhandsgranskning av ”{preview.fileName}”</h3>
          <PlanImportPreview preview={preview} choices={choices} onChoose={(name, c) => setChoices((all) => ({ ...all, [name]: c }))}
            measureChoices={measureChoices} onChooseMeasure={(row, c) => setMeasureChoices((all) => ({ ...all, [row]: c }))} />
          <div className="transfer-commit">
            {target === 'new' && (
              <Field label="Den nya planens namn">
                <input type="text" value={planName} maxLength={300} onChange={(e) => setPlanName(e.target.value)} />
              </Field>
            )}
            <Field label="Datum för lägesrapporterna" hint="Statusen i filen sparas som lägesrapporter med det här datumet.">
              <DateInput value={statusDate} onChange={setStatusDate} required />
            </Field>
            {undecided.length > 0 && <p className="transfer-hint">Välj vad {undecided.map((b) => `”${b.name}”`).join(', ')} är innan du importerar.</p>}
            <div className="transfer-buttons">
              <button type="button" className="button button-primary" disabled={!canImport} onClick={() => void commit()}>
                Importera {countLabel(preview.actions.length, 'åtgärd', 'åtgärder')}
              </button>
              <button type="button" className="button" onClick={() => { setPreview(null); setFile(null); setError(null); }}>Avbryt</button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
