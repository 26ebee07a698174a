import { useState, type FormEvent } from 'react';
import { ASSESSMENTS, REPORTED_STATUSES, type Assessment, type ReportedStatus } from '@shared/domain/status';
import type { Action, Body, FollowUpRhythm, Plan, Source, StatusReport } from '@shared/domain/types';
import { ASSESSMENT_LABEL, STATUS_LABEL } from '@shared/labels';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { actionWrites, useActionStore } from '@renderer/stores/actionStore';
import { FormDialog } from '@renderer/components/FormDialog';
import { useFormSave, useResetOnOpen } from '@renderer/hooks/formState';
import { actionName } from './actionName';
import { suggestPeriod } from './reportPeriod';
import { NO_STOP_DECISION, STOP_FIELDS, StopDecisionFields, type StopDecision } from './StopDecisionFields';
import type { MeasureWithValues } from '@shared/domain/measure';
import { useCall } from '@renderer/data/useCall';
import { MeasureValueFields, useMeasureValues } from '../measure/MeasureValueFields';

const NO_MEASURES: MeasureWithValues[] = [];

interface ReportDraft extends StopDecision {
  status: ReportedStatus;
  assessment: Assessment | null;
  comment: string;
  reportedOn: string | null;
  period: string;
  sourceId: number | null;
  reportedBy: string;
  bodyId: number | null;
}

const FIELDS = ['status', ...STOP_FIELDS, 'assessment', 'comment', 'reportedOn', 'period', 'sourceId', 'reportedBy', 'bodyId', 'measureValues'];

/**
 * Ny lägesrapport. Starts from the åtgärd's latest status, today's date, the period that date
 * falls in (in the plan's rhythm, until the user types another) and the huvudansvarig nämnd.
 * Enter in a one-line field saves, Ctrl+Enter saves from Kommentar, Esc closes.
 */
export function StatusReportForm({ plan, action, latest, rhythm, sources, bodies, today, open, onClose, onSaved }: {
  plan: Plan;
  action: Action;
  latest: StatusReport | null;
  rhythm: FollowUpRhythm;
  sources: Source[];
  bodies: Body[];
  today: string;
  open: boolean;
  onClose: () => void;
  onSaved: (report: StatusReport) => void;
}) {
  const lastReportedBy = useActionStore((s) => s.lastReportedBy);
  const { createStatusReport } = actionWrites;
  const initial: ReportDraft = {
    status: latest?.status ?? 'ej_paborjad', assessment: null, comment: '', reportedOn: today,
    period: suggestPeriod(today, rhythm), sourceId: null, reportedBy: lastReportedBy,
    bodyId: action.responsible.find((r) => r.role === 'huvudansvarig')?.bodyId ?? null, ...NO_STOP_DECISION,
  };
  const [draft, setDraft] = useState(initial);
  const [periodTyped, setPeriodTyped] = useState(false);
  const { failure, clearFailure, saving, form, run, error } = useFormSave(FIELDS);
  const measures = useCall('listMeasures', { actionId: action.id }).data ?? NO_MEASURES;
  const measureValues = useMeasureValues(measures, plan, open);
  useResetOnOpen(open, () => {
    setDraft(initial);
    setPeriodTyped(false);
    clearFailure();
  });
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial) || measureValues.dirty;
  const set = (change: Partial<ReportDraft>): void => setDraft((d) => ({ ...d, ...change }));

  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (saving || measureValues.mustWarn(draft.period, draft.reportedOn)) return;
    await run(async () => {
      // An unreadable or empty date is sent as it is, so the main process names the problem.
      onSaved(await createStatusReport({ actionId: action.id, ...draft, reportedOn: draft.reportedOn ?? '', measureValues: measureValues.toInput() }));
    });
  };

  const reportingBodies = [
    ...action.responsible.map((r) => ({ id: r.bodyId, name: r.role === 'huvudansvarig' ? `${r.bodyName} (huvudansvarig)` : r.bodyName })),
    ...bodies.filter((b) => b.active && !action.responsible.some((r) => r.bodyId === b.id)).map((b) => ({ id: b.id, name: b.name })),
  ];

  return (
    <FormDialog title={`Ny lägesrapport – ${actionName(action)}`} open={open} dirty={dirty} onClose={onClose} wide>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="report-form">
          <ErrorMessage text={failure?.message ?? null} />
          <div className="form-row">
            <Field label="Status" error={error('status')}>
              <select value={draft.status} onChange={(e) => set({ status: e.target.value as ReportedStatus, ...NO_STOP_DECISION })}>
                {REPORTED_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
              </select>
            </Field>
            <Field label="Bedömning" error={error('assessment')} hint="Når åtgärden sitt syfte?">
              <select value={draft.assessment ?? ''} onChange={(e) => set({ assessment: e.target.value === '' ? null : e.target.value as Assessment })}>
                <option value="">Ingen bedömning</option>
                {ASSESSMENTS.map((a) => <option key={a} value={a}>{ASSESSMENT_LABEL[a]}</option>)}
              </select>
            </Field>
          </div>
          {draft.status === 'avbruten' && <StopDecisionFields value={draft} onChange={set} error={error} />}
          <Field label="Kommentar" error={error('comment')} hint="Ctrl+Enter sparar">
            <textarea rows={4} value={draft.comment} onChange={(e) => set({ comment: e.target.value })}
              onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(); }} />
          </Field>
          <MeasureValueFields measures={measures} draft={measureValues} errors={failure?.fields} warning={measureValues.warning(draft.period, draft.reportedOn)} />
          <Field label="Källa" error={error('sourceId')} hint="Dokumentet rapporten bygger på">
            <select value={draft.sourceId ?? ''} onChange={(e) => set({ sourceId: e.target.value === '' ? null : Number(e.target.value) })}>
              <option value="">Ingen källa</option>
              {sources.map((s) => <option key={s.id} value={s.id}>{s.reference ? `${s.title} (${s.reference})` : s.title}</option>)}
            </select>
          </Field>
          <div className="form-row">
            <Field label="Datum" error={error('reportedOn')}>
              <DateInput value={draft.reportedOn} onChange={(reportedOn) => set({
                reportedOn, ...(periodTyped ? {} : { period: suggestPeriod(reportedOn, rhythm) }),
              })} />
            </Field>
            <Field label="Period" error={error('period')} hint={rhythm === 'tertial' ? 'Till exempel 2026-T3' : rhythm === 'halvår' ? 'Till exempel 2026-H2' : 'Till exempel 2026'}>
              <input className="input-short" value={draft.period} onChange={(e) => {
                setPeriodTyped(true);
                set({ period: e.target.value });
              }} />
            </Field>
          </div>
          <div className="form-row">
            <Field label="Rapporterad av" error={error('reportedBy')} hint="Namn och roll">
              <input value={draft.reportedBy} onChange={(e) => set({ reportedBy: e.target.value })} />
            </Field>
            <Field label="Rapporterande nämnd" error={error('bodyId')}>
              <select value={draft.bodyId ?? ''} onChange={(e) => set({ bodyId: e.target.value === '' ? null : Number(e.target.value) })}>
                <option value="">Ingen nämnd angiven</option>
                {reportingBodies.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
              </select>
            </Field>
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={requestClose}>Avbryt</button>
            <button type="submit" className="button button-primary" disabled={saving}>Spara lägesrapporten</button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
