import type { CallName, CallOutput, ParsedInput } from '@shared/api/contract';
import type { AppInfo, FileAlert, UnsavedCopy } from '@shared/domain/types';
import type { Caller, UserAccount } from '@shared/domain/users';
import type { ServiceContext } from '../context';
import type { Platform } from '../platform';
import type { SessionBackups } from '../backup/sessionBackups';

/** What a handler knows besides its input: the service context and the open file. */
export interface Session {
  ctx: ServiceContext;
  info: () => AppInfo;
  readOnly: boolean;
  /** Printing and handing files to the user, as the surrounding program does it. */
  platform: Platform;
  /** The open file's automatic backups; absent where none are kept (the CLI, tests). */
  backups?: SessionBackups;
  /** Whether the open file may still be written here (its lock, its disk); absent where nothing can stop it (the CLI, tests). */
  writes?: SessionWrites;
  /** Server mode: the signed-in person making this call (roles are checked in dispatch). Absent on the desktop. */
  caller?: Caller;
  /** Server mode: the accounts (electron/server). Absent on the desktop, where user calls are refused. */
  accounts?: AccountDirectory;
}

/** The server's account store, as the user administration calls reach it. */
export interface AccountDirectory {
  list(): UserAccount[];
  /** Creates (no id) or changes an account; `by` is the administrator doing it. */
  save(input: ParsedInput<'saveUser'>, by: Caller): UserAccount;
}

/** Writing after it stopped (electron/services/db/writeState.ts): why, the refused changes, and a copy holding them. */
export interface SessionWrites {
  /** The Swedish refusal while writing is stopped; null while the session may write. */
  refusal(): string | null;
  /** Keeps a refused write call, already validated, for saveUnsavedCopy. */
  keep(name: CallName, input: unknown): void;
  alert(): FileAlert | null;
  saveUnsavedCopy(): Promise<UnsavedCopy>;
}

/** What a handler answers for call K (exports and imports are asynchronous). */
export type HandlerResult<K extends CallName> = CallOutput<K> | Promise<CallOutput<K>>;
export type Handler<K extends CallName> = (session: Session, input: ParsedInput<K>) => HandlerResult<K>;
/** One handler per contract entry; a feature's handlers (beside its services) are a part of this. */
export type Handlers = { [K in CallName]: Handler<K> };
