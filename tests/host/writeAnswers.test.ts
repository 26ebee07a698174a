import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('a write answered by the service host', () => {
  it('names the tables it changed, as dispatch does in-process, so the renderer knows what to fetch again', async () => {
    const dir = tempDir();
    const original = join(dir, 'plan.sqlite');
    createPlanFile(original).db.close();
    const copy = join(dir, 'kopia.sqlite');
    copyFileSync(original, copy);
    ({ client } = startRealHost());
    await client.openOrRead(original);
    local = new FileSession('9.9.9', undefined, undefined, null, { today: '2026-11-30' });
    local.open(copy);

    const input = { name: 'Kultur- och fritidsnämnden', kind: 'namnd' };
    const viaHost = await client.call('createBody', input);
    const inProcess = await dispatch(local.current(), 'createBody', input);
    expect(viaHost.ok && viaHost.changed).toContain('body');
    expect(viaHost.ok && viaHost.changed).toEqual(inProcess.ok && inProcess.changed);
  });
});
