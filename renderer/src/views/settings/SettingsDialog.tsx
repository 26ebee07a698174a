import { useState, type ChangeEvent, type FormEvent } from 'react';
import { logoDataUri, MAX_LOGO_BYTES, type DocumentSettings, type Logo, type LogoType } from '@shared/domain/settings';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { useSelectedPlan } from '@renderer/stores/appStore';
import { useSettings, useSettingsStore } from '@renderer/stores/settingsStore';
import { FormDialog } from '@renderer/components/FormDialog';
import { useFormSave, useResetOnOpen } from '@renderer/hooks/formState';
import { conflictChoice, formatPlainValue, useEditVersion, type FormatValue } from '@renderer/hooks/editConflict';
import { readUpload } from '../transfer/fileUpload';
import './settings.css';

const FIELDS = ['authorName', 'authorTitle', 'administration', 'municipality', 'logo'] as const;
const EMPTY: DocumentSettings = { authorName: '', authorTitle: '', administration: '', municipality: '', logo: null };

/** The type the API is told, from the file's own type or its name; anything else is refused here at once. */
function logoType(file: File): LogoType | null {
  if (file.type === 'image/png' || /\.png$/i.test(file.name)) return 'image/png';
  if (file.type === 'image/svg+xml' || /\.svg$/i.test(file.name)) return 'image/svg+xml';
  return null;
}

function changed(saved: DocumentSettings, draft: DocumentSettings): Partial<DocumentSettings> {
  const patch: Partial<DocumentSettings> = {};
  for (const key of ['authorName', 'authorTitle', 'administration', 'municipality'] as const) {
    if (draft[key] !== saved[key]) patch[key] = draft[key];
  }
  if ((draft.logo?.base64 ?? null) !== (saved.logo?.base64 ?? null) || draft.logo?.name !== saved.logo?.name) patch.logo = draft.logo;
  return patch;
}

/** As the form names its fields: the conflict panel lists them so. */
const LABELS = { authorName: 'Namn', authorTitle: 'Titel', administration: 'Förvaltning', municipality: 'Kommun', logo: 'Logotyp' };

/** A logo is shown by its file name in the conflict panel. */
const formatSetting: FormatValue = (field, value) => (field === 'logo' && value !== null && typeof value === 'object'
  ? (value as Logo).name : formatPlainValue(field, value));

/**
 * Inställningar: the strateg's name, title and förvaltning, the kommun's name and an optional logo.
 * They are printed on report covers ("Upprättad av") and in the svar på revisionsrapport.
 */
export function SettingsDialog() {
  const settings = useSettings();
  const { open, beforeExport, save, close } = useSettingsStore();
  const plan = useSelectedPlan();
  const saved = settings ?? EMPTY;
  const [draft, setDraft] = useState<DocumentSettings>(saved);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const { failure, clearFailure, saving, form, run, error } = useFormSave(FIELDS);
  const { version, setVersion } = useEditVersion(settings?.version, open);
  useResetOnOpen(open, () => {
    // An empty kommun starts from the plan's, so the strateg only has to confirm it.
    setDraft({ ...saved, municipality: saved.municipality || plan?.municipality || '' });
    setLogoProblem(null);
    clearFailure();
  });
  const patch = changed(saved, draft);
  const dirty = Object.keys(patch).length > 0;
  const set = (changes: Partial<DocumentSettings>): void => setDraft((d) => ({ ...d, ...changes }));

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const type = logoType(file);
    if (type === null) return setLogoProblem(`”${file.name}” är inte en PNG- eller SVG-bild.`);
    if (file.size > MAX_LOGO_BYTES) return setLogoProblem(`”${file.name}” är större än 1 MB. Välj en mindre bild.`);
    const upload = await readUpload(file);
    setLogoProblem(null);
    set({ logo: { name: upload.name, type, base64: upload.base64 } satisfies Logo });
  };

  const saveOn = (onVersion: number | undefined) => run(async () => {
    await save(patch, onVersion);
    close();
  });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!dirty) return close();
    await saveOn(version);
  };
  // Someone else saved the settings after this dialog opened: their values beside these, then merge.
  const conflict = conflictChoice(failure, {
    mine: patch, labels: LABELS, format: formatSetting, saving, setVersion, clearFailure,
    takeTheirs: (theirs) => set(Object.fromEntries(Object.entries(theirs).filter(([f]) => f in LABELS)) as Partial<DocumentSettings>),
    save: (onVersion) => void saveOn(onVersion),
  });

  return (
    <FormDialog title="Inställningar" open={open} dirty={dirty} onClose={close} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="settings-form">
          {beforeExport
            ? <p className="settings-intro">Innan du exporterar: fyll i vem som upprättar dokumenten och för vilken kommun. Uppgifterna står på rapportens titelsida och i svaren till revisorerna, och sparas i planfilen.</p>
            : <p className="settings-intro muted">Uppgifterna står på rapporternas titelsida (”Upprättad av”) och i svaren till revisorerna. De sparas i planfilen.</p>}
          <ErrorMessage text={conflict ? null : failure?.message ?? null} />
          <fieldset className="settings-group">
            <legend>Du som upprättar dokumenten</legend>
            <div className="form-row">
              <Field label="Namn" error={error('authorName')} hint="Förnamn och efternamn">
                <input value={draft.authorName} onChange={(e) => set({ authorName: e.target.value })} autoComplete="name" />
              </Field>
              <Field label="Titel" error={error('authorTitle')} hint="Till exempel Jämställdhetsstrateg">
                <input value={draft.authorTitle} onChange={(e) => set({ authorTitle: e.target.value })} autoComplete="organization-title" />
              </Field>
            </div>
            <Field label="Förvaltning" error={error('administration')} hint="Till exempel Kommunledningsförvaltningen">
              <input value={draft.administration} onChange={(e) => set({ administration: e.target.value })} />
            </Field>
          </fieldset>
          <fieldset className="settings-group">
            <legend>Kommunen</legend>
            <Field label="Kommun" error={error('municipality')} hint="Som den ska stå på titelsidan, till exempel Åsbacka kommun">
              <input value={draft.municipality} onChange={(e) => set({ municipality: e.target.value })} />
            </Field>
            <Field label="Logotyp" error={logoProblem ?? error('logo')} hint="PNG eller SVG, högst 1 MB. Valfri.">
              <input type="file" accept=".png,.svg,image/png,image/svg+xml" onChange={(e) => void chooseLogo(e)} />
            </Field>
            {draft.logo && (
              <div className="settings-logo">
                <img src={logoDataUri(draft.logo)} alt={`Vald logotyp: ${draft.logo.name}`} />
                <button type="button" className="button" onClick={() => set({ logo: null })}>Ta bort logotypen</button>
              </div>
            )}
          </fieldset>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={requestClose}>{beforeExport ? 'Hoppa över' : 'Avbryt'}</button>
            <button type="submit" className="button button-primary" disabled={saving}>{beforeExport ? 'Spara och exportera' : 'Spara'}</button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
