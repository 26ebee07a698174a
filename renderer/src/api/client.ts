import { CALL_NAMES, type Api, type RawApi } from '../../../shared/api/contract';
import type { AppErrorKind, FieldProblem } from '../../../shared/errors';

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

/** The renderer's API: window.api with errors turned back into exceptions. */
export const api: Api = Object.fromEntries(CALL_NAMES.map((name) => [name, async (input: unknown) => {
  const result = await (window.api[name] as (i: unknown) => ReturnType<RawApi[typeof name]>)(input);
  if (result.ok) return result.value;
  throw new ApiError(result.error.kind, result.error.message, result.error.problems);
}])) as unknown as Api;

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Ett oväntat fel inträffade.';
}
