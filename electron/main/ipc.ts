import type { IpcMain } from 'electron';
import { CALL_NAMES, IPC_PREFIX } from '@shared/api/contract';
import type { Result } from '@shared/errors';
import { isTrustedSender } from './security';
import type { CallServices } from '../host/callServices';

const UNAUTHORIZED: Result<never> = {
  ok: false,
  error: { kind: 'unauthorized', message: 'Anropet kom inte från programmets eget fönster.' },
};

/**
 * One channel per contract entry, derived from CALL_NAMES so no list of channels is kept by hand.
 * The sender is checked before anything else, here in the main process; only then is the call
 * relayed to the service host, whose dispatch validates the input and never throws.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, call: CallServices): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, (event, input: unknown) => {
      if (!isTrustedSender(event)) return UNAUTHORIZED;
      return call(name, input);
    });
  }
}
