import { AppError } from '@shared/errors';
import { toAppError, isExplained } from '../services/api/systemErrors';
import { FileInUseError } from '../services/db/fileLock';
import { FileSession } from '../main/fileSession';
import type { HostPort } from './port';
import { toHostSchema, UNREADABLE_MESSAGE, type ControlAction, type ControlAnswers, type ControlError, type FromHost } from './protocol';
import { createRemotePlatform } from './remotePlatform';
import { runCall } from './runCall';

/**
 * The service host: owns the one FileSession (the plan file, its lock, heartbeat and backups) and
 * answers the parent's calls through dispatch. Whatever arrives is parsed first; a message it
 * cannot read is answered with an error and the host goes on.
 */
export interface ServiceHost {
  /** For the last-resort handlers: an error nobody caught is shown as the file's alert. */
  reportUnexpected: () => void;
  close: () => void;
}

export function startServiceHost(port: HostPort): ServiceHost {
  const post = (message: FromHost): void => port.post(message);
  const remote = createRemotePlatform(post);
  let files: FileSession | null = null;

  const openPath = (): string | null => {
    const session = files?.current();
    return session ? session.info().filePath : null;
  };

  function requireFiles(): FileSession {
    if (files === null) throw new AppError('internal', 'Planfilens tjänst har inte fått sina inställningar.');
    return files;
  }

  async function control(action: ControlAction): Promise<ControlAnswers[ControlAction['do']]> {
    if (action.do === 'configure') {
      files?.close();
      files = new FileSession(action.appVersion, undefined, remote.platform, action.backups === null ? null : {
        root: action.backups.root,
        asksForTarget: action.backups.asksForTarget,
        chooseTarget: remote.chooseRestoreTarget,
      }, { today: action.today, user: action.user, lockTimings: action.lockTimings });
      return null;
    }
    const session = requireFiles();
    switch (action.do) {
      case 'open': return session.open(action.path, { readOnly: action.readOnly });
      case 'openOrRead': return session.openOrRead(action.path);
      case 'create': session.create(action.path); return null;
      case 'openOrCreateDemo': session.openOrCreateDemo(action.path); return null;
      case 'openInitial': return session.openInitial({ lastFile: action.lastFile, recentFiles: [] }, action.userDataDir);
      case 'saveCopy': await session.saveCopy(action.target); return null;
      case 'info': return session.current() ? session.info() : null;
      case 'close': session.close(); return null;
      case 'reportUnexpected': session.reportUnexpected(); return null;
      case 'reportRestart': session.reportRestart(); return null;
      case 'backupIdle': await session.backupIdle(); return null;
    }
  }

  async function receive(raw: unknown): Promise<void> {
    const parsed = toHostSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      const answerable = typeof id === 'number' && Number.isInteger(id) && id >= 0;
      const refusal = { kind: 'validation' as const, message: UNREADABLE_MESSAGE };
      if (!answerable) return post({ type: 'unreadable', message: UNREADABLE_MESSAGE });
      // A control action the host does not know is a control refusal; anything else a call's.
      if ((raw as { type?: unknown }).type === 'control') return post({ type: 'controlAnswer', id, ok: false, error: refusal, openPath: openPath() });
      return post({ type: 'answer', id, result: { ok: false, error: refusal }, openPath: openPath() });
    }
    const message = parsed.data;
    switch (message.type) {
      case 'call': {
        const result = await runCall(files?.current() ?? null, message.name, message.input);
        return post({ type: 'answer', id: message.id, result, openPath: openPath() });
      }
      case 'control':
        try {
          const value = await control(message.action);
          return post({ type: 'controlAnswer', id: message.id, ok: true, value, openPath: openPath() });
        } catch (error) {
          return post({ type: 'controlAnswer', id: message.id, ok: false, error: controlError(error), openPath: openPath() });
        }
      case 'platformAnswer':
        return remote.answer(message.id, message.ok ? { ok: true, value: message.value } : { ok: false, message: message.message });
    }
  }

  port.onMessage((raw) => {
    receive(raw).catch((error: unknown) => {
      console.error('[värd] meddelandet kunde inte besvaras', error);
    });
  });
  port.onParentGone(() => {
    files?.close();
    process.exit(0);
  });
  post({ type: 'ready' });
  return {
    reportUnexpected: () => files?.reportUnexpected(),
    close: () => files?.close(),
  };
}

/** A refusal as data; a file open elsewhere keeps who has it, so the parent can offer read-only. */
function controlError(error: unknown): ControlError {
  if (!isExplained(error)) console.error('[värd]', error);
  const data = toAppError(error).toData();
  if (error instanceof FileInUseError) return { ...data, fileInUse: { owner: error.owner, fileName: error.fileName } };
  return data;
}
