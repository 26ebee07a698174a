import type { z } from 'zod';

/**
 * Who may make a call in server mode (checked in dispatch, electron/services/access/):
 * - 'read': every role (läsare, rapportör, administratör);
 * - 'report': a rapportör for the rows of its own nämnder, and the administratör;
 * - 'admin': the administratör only.
 * On the desktop, the CLI and in browser mode there is no signed-in caller and no check.
 */
export const CALL_ACCESS = ['read', 'report', 'admin'] as const;
export type CallAccess = (typeof CALL_ACCESS)[number];

/**
 * One contract entry: its input schema, (as a phantom) its output type, and who may make it.
 * `write` calls change the plan file, so they are refused when it is opened read-only. Kept apart
 * from contract.ts so each feature's file can make its entries without importing the contract that spreads them.
 */
export interface CallSpec<I extends z.ZodType, O, W extends boolean = boolean> {
  input: I;
  write: W;
  access: CallAccess;
  /** Phantom: carries the output type, never set at runtime. */
  output?: O;
}

/** A call that only reads (also allowed on a file opened read-only); by default every role may make it. */
export const read = <O>(access: CallAccess = 'read') => <I extends z.ZodType>(input: I): CallSpec<I, O, false> => ({ input, write: false, access });
/** A call that changes the plan file; by default only the administratör may make it. */
export const write = <O>(access: CallAccess = 'admin') => <I extends z.ZodType>(input: I): CallSpec<I, O, true> => ({ input, write: true, access });
