import type { z } from 'zod';

/**
 * One contract entry: its input schema and (as a phantom) its output type. `write` calls change
 * the plan file, so they are refused when it is opened read-only. Kept apart from contract.ts so
 * each feature's file can make its entries without importing the contract that spreads them.
 */
export interface CallSpec<I extends z.ZodType, O, W extends boolean = boolean> {
  input: I;
  write: W;
  /** Phantom: carries the output type, never set at runtime. */
  output?: O;
}

/** A call that only reads (also allowed on a file opened read-only). */
export const read = <O>() => <I extends z.ZodType>(input: I): CallSpec<I, O, false> => ({ input, write: false });
/** A call that changes the plan file. */
export const write = <O>() => <I extends z.ZodType>(input: I): CallSpec<I, O, true> => ({ input, write: true });
