import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '@shared/api/contract';
import { FileSession } from '../../electron/main/fileSession';
import { dispatch } from '../../electron/services/api/dispatch';
import { createPlanFile } from '../../electron/services/db/openPlanFile';
import type { ServiceHostClient } from '../../electron/host/hostClient';
import { useTempDirs } from '../electron/helpers';
import { startRealHost } from './hostProcess';

const tempDir = useTempDirs();
let client: ServiceHostClient | null = null;
let local: FileSession | null = null;
afterEach(async () => {
  await client?.stop();
  local?.close();
});

/** The host with a new plan file open, and in-process beside it a FileSession on a copy of the same file. */
async function twinSessions(): Promise<{ host: ServiceHostClient; inProcess: FileSession }> {
  const dir = tempDir();
  const original = join(dir, 'plan.sqlite');
  createPlanFile(original).db.close();
  const copy = join(dir, 'kopia.sqlite');
  copyFileSync(original, copy);
  ({ client } = startRealHost());
  await client.openOrRead(original);
  local = new FileSession('9.9.9', undefined, undefined, null, { today: '2026-11-30' });
  local.open(copy);
  return { host: client, inProcess: local };
}

describe('the service host answers as dispatch does in-process', () => {
  it('with the same Swedish refusals, for every call of the contract', async () => {
    const { host, inProcess } = await twinSessions();
    for (const input of [42, 'inte ett objekt', { okändNyckel: true }]) {
      for (const name of CALL_NAMES) {
        const viaHost = await host.call(name, input);
        const direct = await dispatch(inProcess.current(), name, input);
        expect(viaHost, `${name} ${JSON.stringify(input)}`).toEqual(direct);
      }
    }
  });

  it('with the tables a write changed, so the renderer knows what to fetch again', async () => {
    const { host, inProcess } = await twinSessions();
    const input = { name: 'Kultur- och fritidsnämnden', kind: 'namnd' };
    const viaHost = await host.call('createBody', input);
    const direct = await dispatch(inProcess.current(), 'createBody', input);
    expect(viaHost.ok && viaHost.changed).toContain('body');
    expect(viaHost.ok && viaHost.changed).toEqual(direct.ok && direct.changed);
  });
});
