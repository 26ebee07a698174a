import { useId, useState, type FormEvent } from 'react';
import type { Source, SourceKind } from '@shared/domain/types';
import { DateInput } from '@renderer/components/DateInput';
import { useReportData, useReportStore } from '@renderer/stores/reportStore';
import { useRun } from './useRun';

const EMPTY = { kind: 'intervju' as SourceKind, title: '', publisher: '', publishedOn: null as string | null, reference: '' };

/**
 * The documents and intervjuer the strateg adds to the year's källförteckning, besides the sources
 * the report finds itself (dated in the year, cited by a lägesrapport or an iakttagelse).
 */
export function ReportSourcesPanel({ added }: { added: Source[] }) {
  const writes = useReportStore((s) => s.judgement);
  const { sources } = useReportData();
  const id = useId();
  const [pick, setPick] = useState('');
  const [draft, setDraft] = useState(EMPTY);
  const { error, busy, run } = useRun();
  const addable = sources.filter((s) => !added.some((a) => a.id === s.id));
  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => writes.createSource(draft))) setDraft(EMPTY);
  };
  return (
    <fieldset className="report-group report-sources">
      <legend>Källförteckning</legend>
      <p className="muted">Källor från året tas med av sig själva. Här läggs intervjuer och andra dokument till.</p>
      {added.length > 0 && (
        <ul className="report-source-list">
          {added.map((s) => (
            <li key={s.id}>
              {s.title}{s.kind === 'intervju' ? ' (intervju)' : ''}
              <button type="button" className="link-button" disabled={busy} onClick={() => void run(() => writes.removeSource(s.id))}
                aria-label={`Ta bort ${s.title} ur källförteckningen`}>Ta bort</button>
            </li>
          ))}
        </ul>
      )}
      <div className="report-source-pick">
        <label htmlFor={`${id}-pick`}>Lägg till från källregistret</label>
        <select id={`${id}-pick`} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">Välj en källa</option>
          {addable.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
        </select>
        <button type="button" className="button" disabled={busy || pick === ''}
          onClick={() => void run(async () => { await writes.addSource(Number(pick)); setPick(''); })}>Lägg till</button>
      </div>
      <form onSubmit={(e) => void create(e)} noValidate className="report-source-form" aria-label="Ny intervju eller nytt dokument">
        <fieldset className="report-kinds">
          <legend>Ny</legend>
          {(['intervju', 'dokument'] as const).map((k) => (
            <label key={k}><input type="radio" name={`${id}-kind`} checked={draft.kind === k} onChange={() => setDraft({ ...draft, kind: k })} />{k === 'intervju' ? 'Intervju' : 'Dokument'}</label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-title`}>{draft.kind === 'intervju' ? 'Vem intervjuades (roll)' : 'Titel'}</label>
        <input id={`${id}-title`} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        <label htmlFor={`${id}-pub`}>{draft.kind === 'intervju' ? 'Verksamhet' : 'Utgivare'}</label>
        <input id={`${id}-pub`} value={draft.publisher} onChange={(e) => setDraft({ ...draft, publisher: e.target.value })} />
        <label htmlFor={`${id}-date`}>Datum</label>
        <DateInput id={`${id}-date`} value={draft.publishedOn} onChange={(publishedOn) => setDraft({ ...draft, publishedOn })} />
        <label htmlFor={`${id}-ref`}>Referens</label>
        <input id={`${id}-ref`} value={draft.reference} onChange={(e) => setDraft({ ...draft, reference: e.target.value })} />
        <button type="submit" className="button" disabled={busy}>Lägg till i källförteckningen</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
    </fieldset>
  );
}
