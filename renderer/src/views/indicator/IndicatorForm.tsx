import type { Indicator } from '@shared/domain/types';
import { INDICATOR_UNITS, type IndicatorUnit } from '@shared/domain/measureUnits';
import { MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { FormButtons } from '../audit/FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';
import { useIndicatorStore } from './indicatorStore';

const FIELDS = ['code', 'qualityArea', 'indicatorArea', 'text', 'nationalShareYes', 'unit'];

/** The share is typed as text so "45,5" works; the main process checks it is 0–100. */
function parseShare(text: string): number | null {
  const trimmed = text.trim().replace(',', '.').replace(/\s*%$/, '');
  return trimmed === '' ? null : Number(trimmed);
}

/** Ny egen indikator (indicator = null) or change one: code, what it measures and where it belongs. */
export function IndicatorForm({ indicator, open, onClose }: { indicator: Indicator | null; open: boolean; onClose: () => void }) {
  const saveIndicator = useIndicatorStore((s) => s.saveIndicator);
  const { draft, update, failure, saving, dirty, submit, form, conflict } = useDraftForm({
    initial: {
      code: indicator?.code ?? '', qualityArea: indicator?.qualityArea ?? '', indicatorArea: indicator?.indicatorArea ?? '',
      text: indicator?.text ?? '', share: indicator?.nationalShareYes === null || indicator === null ? '' : String(indicator.nationalShareYes).replace('.', ','),
      unit: (indicator?.unit ?? null) as IndicatorUnit | null,
    },
    open, fields: FIELDS, onClose,
    save: ({ share, ...fields }, version) => saveIndicator(indicator?.id ?? null, { ...fields, nationalShareYes: parseShare(share) }, version),
    version: indicator?.version,
    labels: { code: 'Kod', share: 'Andel ja i riket (%)', text: 'Indikator', unit: 'Besvaras med', qualityArea: 'Kvalitetsområde', indicatorArea: 'Indikatorområde' },
  });
  return (
    <FormDialog title={indicator ? `Ändra indikator ${indicator.code}` : 'Ny egen indikator'} open={open} dirty={dirty} onClose={onClose} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <div className="form-row">
            <Field label="Kod" hint="Kort och unik, t.ex. EGEN-1" error={failure?.fields.code}>
              <input className="input-short" value={draft.code} onChange={(e) => update({ code: e.target.value })} aria-required="true" />
            </Field>
            <Field label="Andel ja i riket (%)" hint="Om det finns en jämförelse" error={failure?.fields.nationalShareYes}>
              <input className="input-short" inputMode="decimal" value={draft.share} onChange={(e) => update({ share: e.target.value })} />
            </Field>
          </div>
          <Field label="Indikator" error={failure?.fields.text}>
            <textarea rows={2} value={draft.text} onChange={(e) => update({ text: e.target.value })} aria-required="true" />
          </Field>
          <Field label="Besvaras med" hint="Ett tal passar för t.ex. antal anmälningar eller väntetid i dagar" error={failure?.fields.unit}>
            <select value={draft.unit ?? ''} onChange={(e) => update({ unit: e.target.value === '' ? null : e.target.value as IndicatorUnit })}>
              <option value="">Ja, Delvis eller Nej</option>
              {INDICATOR_UNITS.map((u) => <option key={u} value={u}>Tal – {MEASURE_UNIT_LABEL[u].toLowerCase()}</option>)}
            </select>
          </Field>
          <div className="form-row">
            <Field label="Kvalitetsområde" hint="Tomt: under Egna indikatorer" error={failure?.fields.qualityArea}>
              <input value={draft.qualityArea} onChange={(e) => update({ qualityArea: e.target.value })} />
            </Field>
            <Field label="Indikatorområde" error={failure?.fields.indicatorArea}>
              <input value={draft.indicatorArea} onChange={(e) => update({ indicatorArea: e.target.value })} />
            </Field>
          </div>
          <FormButtons onCancel={requestClose} saving={saving} label={indicator ? 'Spara' : 'Lägg till'} />
        </form>
      )}
    </FormDialog>
  );
}
