import { EMPTY_RESPONSE_FIELDS, type AuditResponseFields } from '@shared/domain/auditResponse';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { FormButtons } from './FormButtons';
import { saveSvarTexts } from './svarStore';
import { useDraftForm } from '@renderer/hooks/useDraftForm';

const FIELDS = Object.keys(EMPTY_RESPONSE_FIELDS);

/**
 * The svar's own texts for one granskning and nämnd: who handles it, the sammanfattning, and what
 * each form needs besides the answers to the recommendations (those are written per recommendation).
 */
export function SvarTextsDialog({ auditId, bodyId, bodyName, initial, version, open, onClose }: {
  auditId: number;
  bodyId: number;
  bodyName: string;
  initial: AuditResponseFields;
  /** The texts' version as loaded: a save after someone else's is refused, not written over theirs. */
  version: number;
  open: boolean;
  onClose: () => void;
}) {
  const { draft, update, failure, saving, dirty, submit, form } = useDraftForm({
    initial, open, fields: FIELDS, onClose, version,
    save: (d, onVersion) => saveSvarTexts(auditId, bodyId, Object.fromEntries(Object.entries(d).filter(([k, v]) => v !== initial[k as keyof AuditResponseFields])), onVersion),
  });
  const error = (field: keyof AuditResponseFields) => failure?.fields[field];
  const text = (field: keyof AuditResponseFields, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={error(field)}>
      <input value={String(draft[field] ?? '')} onChange={(e) => update({ [field]: e.target.value })} />
    </Field>
  );
  const area = (field: keyof AuditResponseFields, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={error(field)}>
      <textarea rows={4} value={String(draft[field] ?? '')} onChange={(e) => update({ [field]: e.target.value })} />
    </Field>
  );
  return (
    <FormDialog title={`Svarets texter – ${bodyName}`} open={open} dirty={dirty} onClose={onClose} wide>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="svar-texts">
          <ErrorMessage text={failure?.message ?? null} />
          <fieldset>
            <legend>I båda formerna</legend>
            <div className="form-row">
              {text('officerName', 'Handläggare', 'Namn')}
              {text('officerTitle', 'Handläggarens titel')}
              {text('officerPhone', 'Telefon')}
            </div>
            {text('diaryNumber', 'Diarienummer', 'Nämndens eget diarienummer för svaret')}
            {area('summary', 'Sammanfattning', 'Kort om vad nämnden svarar')}
          </fieldset>
          <fieldset>
            <legend>Tjänsteutlåtande</legend>
            {area('preparation', 'Ärendets beredning', 'Till exempel vilka som har behandlat ärendet och när')}
            <div className="form-row">
              {text('directorName', 'Förvaltningschef', 'Namn, skriver under med handläggaren')}
              {text('directorTitle', 'Förvaltningschefens titel', 'Till exempel Socialdirektör')}
            </div>
          </fieldset>
          <fieldset>
            <legend>Yttrande från nämnden</legend>
            {area('stance', 'Nämndens ställningstagande', 'Till exempel: I huvudsak ställer sig nämnden bakom revisorernas rekommendationer …')}
            {area('otherRecommendations', 'Rekommendationer till andra nämnder', 'Valfritt: nämndens synpunkter på rekommendationer som riktas till andra')}
            <div className="form-row">
              <Field label="Beslutsdatum" error={error('decidedOn')}>
                <DateInput value={draft.decidedOn} onChange={(decidedOn) => update({ decidedOn })} />
              </Field>
              {text('paragraph', 'Paragraf', 'Till exempel § 123')}
              {text('chairName', 'Ordförande', 'Namn, skriver under yttrandet')}
            </div>
          </fieldset>
          <FormButtons onCancel={requestClose} saving={saving} label="Spara texterna" />
        </form>
      )}
    </FormDialog>
  );
}
