import { useMemo, useState } from 'react';
import type { Plan } from '@shared/domain/types';
import { countLabel } from '@shared/transferLabels';
import { api } from '@renderer/api/client';
import { DateInput } from '@renderer/components/DateInput';
import { ErrorMessage } from '@renderer/components/Message';
import { ProblemList } from './ProblemList';
import { deliveredFiles } from './delivery';
import { periodOptions } from './periodOptions';
import { firstError } from '@renderer/data/results';
import { useCall } from '@renderer/data/useCall';
import { underlagBodies } from './underlagBodies';
import { useToday } from '@renderer/hooks/useToday';
import { useTransferRun } from './useTransferRun';

/** Skicka ut underlag: one spreadsheet per chosen nämnd, to mail out and read back with Läs in svar. */
export function UnderlagSection({ plan }: { plan: Plan }) {
  const today = useToday();
  const actionList = useCall('listActions', { planId: plan.id });
  const bodies = useMemo(() => underlagBodies(actionList.data ?? []), [actionList.data]);
  const loadError = firstError(actionList);
  const periods = periodOptions(plan.followUpRhythm, today);
  const [period, setPeriod] = useState(periods[0].key);
  const [replyBy, setReplyBy] = useState<string | null>(null);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [chosen, setChosen] = useState<Set<number> | null>(null);
  const { busy, error, done, run } = useTransferRun();

  const withActions = bodies.filter((b) => (includeClosed ? b.actions : b.open) > 0);
  // Until the user picks, every nämnd with something to report is chosen.
  const selected = chosen ?? new Set(withActions.map((b) => b.id));
  const picked = withActions.filter((b) => selected.has(b.id));
  const toggle = (id: number): void => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };

  const send = (): Promise<void> => run(async () =>
    deliveredFiles(await api.exportUnderlag({ planId: plan.id, bodyIds: picked.map((b) => b.id), period, replyBy, includeClosed })));

  return (
    <section className="card transfer-section" aria-labelledby="transfer-underlag-heading">
      <h2 id="transfer-underlag-heading">Skicka ut underlag till nämnderna</h2>
      <p>
        Varje nämnd får ett Excel-underlag med sina åtgärder och senaste status, där de fyller i Status, Kommentar och Källa.
        Läs sedan in de ifyllda filerna under Läs in svar.
      </p>
      <ErrorMessage text={loadError} />
      <div className="transfer-row">
        <div className="field">
          <label htmlFor="transfer-period">Period</label>
          <select id="transfer-period" value={period} onChange={(e) => setPeriod(e.target.value)}>
            {periods.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="transfer-reply-by">Svara senast (frivilligt)</label>
          <DateInput id="transfer-reply-by" value={replyBy} onChange={setReplyBy} />
        </div>
      </div>
      <label className="transfer-check">
        <input type="checkbox" checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />
        Ta med genomförda och avbrutna åtgärder
      </label>
      <fieldset className="transfer-bodies">
        <legend>Nämnder ({picked.length} av {withActions.length} valda)</legend>
        <div className="transfer-buttons">
          <button type="button" className="button button-small" onClick={() => setChosen(new Set(withActions.map((b) => b.id)))}>Välj alla</button>
          <button type="button" className="button button-small" onClick={() => setChosen(new Set())}>Välj ingen</button>
        </div>
        {withActions.length === 0 && <p className="muted">Ingen nämnd har åtgärder att rapportera om i planen.</p>}
        <ul className="transfer-body-list">
          {withActions.map((b) => (
            <li key={b.id}>
              <label className="transfer-check">
                <input type="checkbox" checked={selected.has(b.id)} onChange={() => toggle(b.id)} />
                {b.name} <span className="muted">({countLabel(includeClosed ? b.actions : b.open, 'åtgärd', 'åtgärder')})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <ProblemList error={error} />
      <div className="transfer-buttons">
        <button type="button" className="button button-primary" disabled={busy || picked.length === 0} onClick={() => void send()}>
          {busy ? 'Skapar underlag …' : `Skapa underlag (${countLabel(picked.length, 'fil', 'filer')})`}
        </button>
      </div>
      {done && <p className="transfer-done" role="status">{done}</p>}
    </section>
  );
}
