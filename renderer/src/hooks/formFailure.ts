import { useEffect, type RefObject } from 'react';
import type { EditConflict } from '@shared/errors';
import { ApiError, errorMessage } from '../api/client';
import { fieldErrors, type FieldErrors } from './forms';

/** Why a save was refused: messages beside the fields, and one line above the form. */
export interface FormFailure {
  fields: FieldErrors;
  message: string;
  /** Server mode: someone else saved the record first (the form shows their values beside its own). */
  edit?: EditConflict;
}

/**
 * The main process decides what is valid; its messages go beside the fields the form shows.
 * A problem with a field the form does not show is put in the line above, word for word.
 */
export function formFailure(error: unknown, shownFields: readonly string[]): FormFailure {
  if (error instanceof ApiError && error.edit !== undefined) return { fields: {}, message: error.message, edit: error.edit };
  const fields = fieldErrors(error);
  const names = Object.keys(fields).filter((name) => !name.includes('.'));
  if (names.length === 0 || names.some((f) => !shownFields.includes(f))) return { fields, message: errorMessage(error) };
  return { fields, message: 'Inget sparades. Rätta det som är markerat.' };
}

/** After a refused save, focus goes to the first field with a message (WCAG 3.3.1). */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, failure: FormFailure | null): void {
  useEffect(() => {
    if (!failure) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [failure, form]);
}
