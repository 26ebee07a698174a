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

describe('refusals from the service host', () => {
  it('are the same Swedish answers dispatch gives in-process, for every call of the contract', async () => {
    const dir = tempDir();
    const original = join(dir, 'plan.sqlite');
    createPlanFile(original).db.close();
    const copy = join(dir, 'kopia.sqlite');
    copyFileSync(original, copy);
    ({ client } = startRealHost());
    await client.openOrRead(original);
    local = new FileSession('9.9.9', undefined, undefined, null, { today: '2026-11-30' });
    local.open(copy);

    for (const input of [42, 'inte ett objekt', { okändNyckel: true }]) {
      for (const name of CALL_NAMES) {
        const viaHost = await client.call(name, input);
        const inProcess = await dispatch(local.current(), name, input);
        expect(viaHost, `${name} ${JSON.stringify(input)}`).toEqual(inProcess);
      }
    }
  });
});
