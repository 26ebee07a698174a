import { ApiError } from '../api/client';

/** Field → Swedish message, from the main process's validation (the authority on what is valid). */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FieldErrors = {};
  for (const problem of error.problems) {
    const field = problem.field.split('.')[0];
    // The first message per field is shown; the label prefix ("Titel: …") is dropped beside the field.
    const message = problem.message.replace(/^[^:]+: /, '').replace(/^./, (c) => c.toUpperCase());
    errors[field] ??= message;
    // A field in a list ("measureValues.1.value") is also found by its whole path, for forms with one field per row.
    if (field !== problem.field) errors[problem.field] ??= message;
  }
  return errors;
}
