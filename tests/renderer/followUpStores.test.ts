import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RawApi } from '@shared/api/contract';
import type { ActionStatusRow, AuditDetail, Body, ChangeEntry, Responsibility } from '@shared/domain/types';
import type { EffectiveStatus } from '@shared/domain/status';
import { periodContaining } from '@shared/domain/period';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { bodyWrites } from '@renderer/stores/registerStore';
import { ApiError } from '@renderer/api/client';
import { groupChanges } from '@renderer/views/followup/changeGroups';
import { groupByLead, NO_LEAD_NAME } from '@renderer/views/followup/deadlineGroups';
import { auditAnswersDue, bodiesNotReported, dueWithin, overdueActions } from '@renderer/views/followup/todoRules';

/**
 * A fake window.api: answers from a table of handlers and records every call, so the stores are
 * tested against the same contract shape as the preload and the HTTP bridge.
 */
type Handler = (input: never) => unknown;
let handlers: Record<string, Handler>;
let calls: { name: string; input: unknown }[];

function fakeApi(): RawApi {
  return new Proxy({} as RawApi, {
    get: (_target, name: string) => async (input: unknown) => {
      calls.push({ name, input });
      const handler = handlers[name];
      if (!handler) return { ok: true, value: null };
      try {
        return { ok: true, value: await handler(input as never) };
      } catch (error) {
        return { ok: false, error: { kind: 'conflict', message: (error as Error).message } };
      }
    },
  });
}

const callsTo = (name: string) => calls.filter((c) => c.name === name);

const TODAY = '2026-11-26';
const sn: Responsibility = { bodyId: 1, bodyName: 'Socialnämnden', role: 'huvudansvarig' };
const ks: Responsibility = { bodyId: 2, bodyName: 'Kommunstyrelsen', role: 'huvudansvarig' };
const asCo = (r: Responsibility): Responsibility => ({ ...r, role: 'medansvarig' });

let nextId = 1;
function row(overrides: Partial<ActionStatusRow> & { effectiveStatus?: EffectiveStatus } = {}): ActionStatusRow {
  const id = nextId++;
  return {
    id, planId: 1, areaId: 1, position: id, number: `1.${id}`, title: `Åtgärd ${id}`, description: '', proposedMeasures: '',
    startDate: null, deadline: '2027-06-30', indicatorText: '', responsible: [sn], createdAt: '', updatedAt: '', version: 1, areaName: 'Område',
    latestStatus: 'pagaende', latestAssessment: null, latestComment: '', latestReportedOn: '2026-10-01', effectiveStatus: 'pagaende',
    latestStopDecision: '', latestStopDecidedBy: '', latestStopDecidedOn: null, notReportedInYear: false, measureCount: 0,
    ...overrides,
  };
}

function body(id: number, name: string, active = true): Body {
  return { id, name, kind: 'namnd', active, version: 1 };
}

beforeEach(() => {
  calls = [];
  handlers = {
    getAppInfo: () => ({ today: TODAY }),
    getUndoState: () => null,
  };
  vi.stubGlobal('window', { api: fakeApi() });
  useNoticeStore.setState({ text: null });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('bodyWrites: nämnder (the list itself is read through the cache)', () => {
  it('adds a nämnd as active and confirms', async () => {
    handlers.createBody = (input: { name: string; kind: 'namnd'; active: boolean }) => body(2, input.name, input.active);
    await bodyWrites.createBody({ name: 'Överförmyndarnämnden', kind: 'namnd' });
    expect(callsTo('createBody')[0].input).toEqual({ name: 'Överförmyndarnämnden', kind: 'namnd', active: true });
    expect(useNoticeStore.getState().text).toBe('Överförmyndarnämnden lades till.');
  });

  it('passes a refusal on to the form as an ApiError and confirms nothing', async () => {
    handlers.createBody = () => { throw new Error('Det finns redan en nämnd som heter ”Socialnämnden”.'); };
    await expect(bodyWrites.createBody({ name: 'Socialnämnden', kind: 'namnd' }))
      .rejects.toThrow(new ApiError('conflict', 'Det finns redan en nämnd som heter ”Socialnämnden”.'));
    expect(useNoticeStore.getState().text).toBeNull();
  });

  it('marks a nämnd inactive with a patch of only that field', async () => {
    handlers.updateBody = (input: { id: number }) => body(input.id, 'Socialnämnden', false);
    await bodyWrites.updateBody(1, { active: false });
    expect(callsTo('updateBody')[0].input).toEqual({ id: 1, patch: { active: false } });
    expect(useNoticeStore.getState().text).toBe('Socialnämnden är markerad som inaktiv.');
  });

  it('asks the API what a delete would take with it', async () => {
    handlers.getDeleteImpact = () => ({ message: 'Nämnden ”Socialnämnden” används i planen …', counts: {}, blocked: true });
    const impact = await bodyWrites.bodyDeleteImpact(1);
    expect(callsTo('getDeleteImpact')[0].input).toEqual({ entity: 'body', id: 1 });
    expect(impact.blocked).toBe(true);
  });
});

describe('Att göra and Deadlines: which åtgärder, nämnder and svar are listed', () => {
  it('lists Försenad åtgärder by deadline, and open åtgärder due from today to 14 days ahead', () => {
    const late = row({ deadline: '2026-06-30', effectiveStatus: 'forsenad' });
    const later = row({ deadline: '2025-06-30', effectiveStatus: 'forsenad' });
    const today = row({ deadline: TODAY });
    const edge = row({ deadline: '2026-12-10' });
    const beyond = row({ deadline: '2026-12-11' });
    const done = row({ deadline: '2026-12-01', latestStatus: 'genomford', effectiveStatus: 'genomford' });
    const running = row({ deadline: null });
    const all = [late, later, today, edge, beyond, done, running];
    expect(overdueActions(all).map((a) => a.id)).toEqual([later.id, late.id]);
    expect(dueWithin(all, TODAY, 14).map((a) => a.id)).toEqual([today.id, edge.id]);
  });

  it('asks a nämnd for its report when it has an open åtgärd and has not reported in the current period', () => {
    const period = periodContaining('tertial', TODAY);
    const sbn: Responsibility = { bodyId: 3, bodyName: 'Samhällsbyggnadsnämnden', role: 'huvudansvarig' };
    const von: Responsibility = { bodyId: 4, bodyName: 'Vård- och omsorgsnämnden', role: 'huvudansvarig' };
    const actions = [
      row({ responsible: [sn, asCo(ks)] }),
      row({ responsible: [sbn], latestStatus: 'genomford', effectiveStatus: 'genomford' }),
      row({ responsible: [von] }),
    ];
    const activity = [
      { bodyId: 1, lastReportedOn: '2026-09-01', reports: 3 },
      { bodyId: 2, lastReportedOn: '2026-08-31', reports: 2 },
    ];
    const owing = bodiesNotReported(actions, activity, [body(4, 'Vård- och omsorgsnämnden', false)], period);
    // Socialnämnden reported in T3; Samhällsbyggnadsnämnden has only closed åtgärder; Vård och omsorg is inactive.
    expect(owing).toEqual([{ bodyId: 2, name: 'Kommunstyrelsen', openActions: 1, lastReportedOn: '2026-08-31' }]);
    expect(bodiesNotReported(actions, [], [], period).map((b) => b.name))
      .toEqual(['Kommunstyrelsen', 'Socialnämnden', 'Vård- och omsorgsnämnden']);
  });

  it('lists unanswered rekommendationer per nämnd when the svar is due within 30 days or overdue', () => {
    const audit = (id: number, answerDue: string | null): AuditDetail => ({
      id, title: `Granskning ${id}`, auditor: '', reportDate: null, diaryNumber: '', purpose: '', summaryAssessment: '', answerDue,
      auditedBodyIds: [], createdAt: '', updatedAt: '', version: 1, questions: [],
      recommendations: [
        { id: id * 10 + 1, auditId: id, position: 1, text: 'Följ upp planen', version: 1, actionIds: [], addressees: [
          { id: 1, recommendationId: id * 10 + 1, bodyId: 1, bodyName: 'Socialnämnden', response: '', plannedMeasures: '', responsible: '', deadline: null, status: 'ej_paborjad', version: 1 },
          { id: 2, recommendationId: id * 10 + 1, bodyId: 2, bodyName: 'Kommunstyrelsen', response: 'Vi instämmer.', plannedMeasures: '', responsible: '', deadline: null, status: 'pagaende', version: 1 },
        ] },
        { id: id * 10 + 2, auditId: id, position: 2, text: 'Kartlägg våldet', version: 1, actionIds: [], addressees: [
          { id: 3, recommendationId: id * 10 + 2, bodyId: 1, bodyName: 'Socialnämnden', response: '  ', plannedMeasures: '', responsible: '', deadline: null, status: 'ej_paborjad', version: 1 },
        ] },
      ],
    });
    const due = auditAnswersDue([audit(1, '2025-02-28'), audit(2, '2026-12-26'), audit(3, '2026-12-27'), audit(4, null)], TODAY, 30);
    expect(due.map((d) => [d.auditId, d.bodyName, d.recommendations])).toEqual([
      [1, 'Socialnämnden', ['Följ upp planen', 'Kartlägg våldet']],
      [2, 'Socialnämnden', ['Följ upp planen', 'Kartlägg våldet']],
    ]);
  });

  it('groups deadlines by huvudansvarig nämnd in Swedish name order, without huvudansvarig last', () => {
    const a = row({ responsible: [sn] });
    const b = row({ responsible: [ks, asCo(sn)] });
    const c = row({ responsible: [asCo(ks)] });
    const d = row({ responsible: [sn] });
    expect(groupByLead([a, b, c, d]).map((g) => [g.name, g.actions.map((x) => x.id)])).toEqual([
      ['Kommunstyrelsen', [b.id]], ['Socialnämnden', [a.id, d.id]], [NO_LEAD_NAME, [c.id]],
    ]);
  });
});

describe('Sedan senast: how the change log is grouped', () => {
  let id = 0;
  const entry = (e: Partial<ChangeEntry>): ChangeEntry => ({
    id: ++id, at: '2026-11-20T10:00:00.000Z', user: 'strateg', entity: 'action', entityId: 1, operation: 'update', field: null,
    oldValue: null, newValue: null, planId: 1, actionId: 1, subject: '1.1 Åtgärd', ...e,
  });

  it('sorts new reports, moved deadlines, new åtgärder and the rest apart; undone changes are “other”', () => {
    const older = entry({ entity: 'status_report', operation: 'create', newValue: JSON.stringify({ reportedOn: '2026-09-01', status: 'pagaende' }) });
    const newer = entry({ entity: 'status_report', operation: 'create', newValue: JSON.stringify({ reportedOn: '2026-11-01', status: 'genomford' }) });
    const moved = entry({ field: 'deadline', oldValue: '2026-06-30', newValue: '2027-06-30' });
    const created = entry({ operation: 'create', newValue: '{}' });
    const renamed = entry({ field: 'title', oldValue: 'A', newValue: 'B' });
    const undone = entry({ field: 'deadline', oldValue: 'Ångrat: Åtgärd ändrad: Klart senast', newValue: '2026-06-30' });
    const deleted = entry({ entity: 'status_report', operation: 'delete', oldValue: '{}' });
    const groups = groupChanges([older, newer, moved, created, renamed, undone, deleted]);
    expect(groups.reports.map((e) => e.id)).toEqual([newer.id, older.id]);
    expect(groups.deadlines).toEqual([moved]);
    expect(groups.actions).toEqual([created]);
    expect(groups.other).toEqual([renamed, undone, deleted]);
  });
});
