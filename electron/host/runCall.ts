import { dispatch } from '../services/api/dispatch';

/**
 * The host's one call site of dispatch. Heavy calls (exports, imports) may be moved to a worker
 * thread behind a function with this same signature; it is swapped in here and nowhere else.
 */
export const runCall: typeof dispatch = dispatch;
