import type { z } from 'zod';
import type { Result } from '../errors';
import type { CallSpec } from './callSpec';
import { appCalls } from './app';
import { planCalls } from './plan';
import { changeCalls } from './changes';
import { settingsCalls } from './settings';
import { reportCalls } from './report';
import { dashboardCalls } from './dashboard';
import { auditCalls } from './audit';
import { indicatorCalls } from './indicator';
import { transferCalls } from './transfer';
import { measureCalls } from './measure';
import { backupCalls } from './backup';
import { userCalls } from './users';

export type { CallSpec } from './callSpec';

/**
 * THE API contract: every call the renderer can make, its input schema and its output type.
 * The IPC handlers, the preload bridge, the HTTP bridge and the renderer's client are all
 * derived from this object. Each feature keeps its schemas and entries in its own file
 * (shared/api/<feature>.ts); this is only their union. See README "How to add one API call".
 */
export const contract = {
  ...appCalls,
  ...planCalls,
  ...changeCalls,
  ...settingsCalls,
  ...reportCalls,
  ...dashboardCalls,
  ...auditCalls,
  ...indicatorCalls,
  ...transferCalls,
  ...measureCalls,
  ...backupCalls,
  ...userCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** The calls that only read (their answers are cached in the renderer, shared/api/readTables.ts). */
export type ReadCallName = { [K in CallName]: Contract[K]['write'] extends false ? K : never }[CallName];
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? O : never;

/** What the renderer uses: resolves with the value, rejects with an ApiError. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };
/** What crosses the process boundary (preload and HTTP): errors travel as data. */
export type RawApi = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> };

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export const IPC_PREFIX = 'api:';
