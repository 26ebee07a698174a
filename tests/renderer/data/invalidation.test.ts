import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { CallInput, RawApi, ReadCallName } from '@shared/api/contract';
import { connectDataLayer, fileChanged } from '@renderer/data/dataLayer';
import { createQueryClient } from '@renderer/data/queryClient';
import { callQuery } from '@renderer/data/useCall';
import { write } from '@renderer/data/write';
import { withDemoPlan } from '../../helpers/planFile';
import { TODAY } from '../../helpers/today';

/**
 * The renderer's cache against the real API on the demo file: window.api answers through dispatch
 * (so each write's `changed` list is the one the services report) and counts every call. The
 * views on screen are stood in for by one observer per read, as a mounted component holds.
 */
let client: QueryClient;
let disconnect: () => void;
let calls: string[];
let stop: (() => void)[];

function install(session: ReturnType<typeof withDemoPlan>['session']): void {
  const api = new Proxy({} as RawApi, {
    get: (_t, name: string) => async (input: unknown) => {
      calls.push(name);
      return dispatch(session, name, input);
    },
  });
  (globalThis as { window?: unknown }).window = { api };
}

/** Mounts one observer per read and waits until each has its first answer. */
async function show(reads: { [K in ReadCallName]?: CallInput<K> }): Promise<void> {
  const pending = Object.entries(reads).map(([name, input]) => new Promise<void>((resolve) => {
    const observer = new QueryObserver(client, callQuery(name as ReadCallName, input as never));
    stop.push(observer.subscribe((result) => {
      if (result.status !== 'pending') resolve();
    }));
  }));
  await Promise.all(pending);
  calls = [];
}

const refetched = () => [...new Set(calls.filter((c) => !WRITES.has(c)))].sort();
const WRITES = new Set(['createStatusReport', 'updateAction', 'undoLastChange', 'createIndicator']);

const SCREEN = (planId: number, actionId: number) => ({
  listPlans: {},
  listBodies: {},
  listActions: { planId },
  getStatusSummary: { planId },
  listBodyActivity: { planId },
  listChanges: { since: '2000-01-01', planId },
  listStatusReports: { actionId },
  getAction: { id: actionId },
  listAudits: {},
  listIndicators: {},
  getUndoState: {},
  getSettings: {},
} satisfies { [K in ReadCallName]?: CallInput<K> });

beforeEach(() => {
  client = createQueryClient();
  disconnect = connectDataLayer(client);
  calls = [];
  stop = [];
});

afterEach(() => {
  for (const s of stop) s();
  disconnect();
  client.clear();
  delete (globalThis as { window?: unknown }).window;
});

describe('the query cache refetches exactly what a write changed', () => {
  it('a status report refetches the åtgärd lists, summary, nämnd activity, changes, status reports and undo; nothing else', async () => {
    const { session } = withDemoPlan();
    install(session);
    await show(SCREEN(1, 1));
    await write('createStatusReport', { actionId: 1, reportedOn: TODAY, status: 'pagaende', comment: 'Arbetet pågår.' });
    expect(refetched()).toEqual(['getStatusSummary', 'getUndoState', 'listActions', 'listBodyActivity', 'listChanges', 'listStatusReports']);
  });

  it('an åtgärd edit refetches the åtgärd and what reads åtgärder, not plans, nämnder, audits, indicators or settings', async () => {
    const { session } = withDemoPlan();
    install(session);
    await show(SCREEN(1, 1));
    await write('updateAction', { id: 1, patch: { title: 'Ny rubrik på åtgärden' } });
    expect(refetched()).toEqual(['getAction', 'getStatusSummary', 'getUndoState', 'listActions', 'listBodyActivity', 'listChanges', 'listStatusReports']);
  });

  it('an indicator touches none of the plan views', async () => {
    const { session } = withDemoPlan();
    install(session);
    await show(SCREEN(1, 1));
    await write('createIndicator', { code: 'T1', text: 'Andel som fått stöd', unit: 'procent' });
    expect(refetched()).toEqual(['getUndoState', 'listChanges', 'listIndicators']);
  });

  it('undo refetches what its inverse steps touched: the status report comes off every list again', async () => {
    const { session } = withDemoPlan();
    install(session);
    await show(SCREEN(1, 1));
    const before = client.getQueryData<unknown[]>(['listStatusReports', { actionId: 1 }])!.length;
    await write('createStatusReport', { actionId: 1, reportedOn: TODAY, status: 'pagaende', comment: 'Arbetet pågår.' });
    expect(client.getQueryData<unknown[]>(['listStatusReports', { actionId: 1 }])).toHaveLength(before + 1);
    calls = [];
    await write('undoLastChange', {});
    expect(refetched()).toEqual(['getStatusSummary', 'getUndoState', 'listActions', 'listBodyActivity', 'listChanges', 'listStatusReports']);
    expect(client.getQueryData<unknown[]>(['listStatusReports', { actionId: 1 }])).toHaveLength(before);
  });

  it('a file switch refetches every read on screen', async () => {
    const { session } = withDemoPlan();
    install(session);
    const screen = SCREEN(1, 1);
    await show(screen);
    await fileChanged(client);
    expect(refetched()).toEqual(Object.keys(screen).sort());
  });

  it('a read that is no longer on screen is not fetched again, only marked stale', async () => {
    const { session } = withDemoPlan();
    install(session);
    await show({ listActions: { planId: 1 } });
    for (const s of stop.splice(0)) s();
    await write('createStatusReport', { actionId: 1, reportedOn: TODAY, status: 'pagaende', comment: 'Arbetet pågår.' });
    expect(refetched()).toEqual([]);
    expect(client.getQueryState(['listActions', { planId: 1 }])?.isInvalidated).toBe(true);
  });
});
