import type { Api, RawApi } from '../../../shared/api/contract';
import type { AppErrorKind, FieldProblem } from '../../../shared/errors';
import { mapCalls } from './mapCalls';

declare global {
  interface Window {
    /** Set by the Electron preload, or by main.tsx in browser mode. */
    api: RawApi;
  }
}

/** An API refusal as the UI shows it: a Swedish message, and per-field problems for forms. */
export class ApiError extends Error {
  readonly kind: AppErrorKind;
  readonly problems: FieldProblem[];

  constructor(kind: AppErrorKind, message: string, problems: FieldProblem[] = []) {
    super(message);
    this.kind = kind;
    this.problems = problems;
  }
}

/**
 * The renderer's API: window.api with errors turned back into exceptions. A proxy rather than a
 * loop over the contract's call names: importing the contract at run time would bring zod and
 * every input schema into the renderer's start-up script, which never validates anything itself.
 */
export const api: Api = mapCalls((name) => async (input: unknown) => {
  const result = await (window.api[name as keyof RawApi] as (i: unknown) => ReturnType<RawApi[keyof RawApi]>)(input);
  if (result.ok) return result.value;
  throw new ApiError(result.error.kind, result.error.message, result.error.problems);
});

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Ett oväntat fel inträffade.';
}
