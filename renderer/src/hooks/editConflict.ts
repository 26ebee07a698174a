import { useState } from 'react';
import type { EditConflict } from '@shared/errors';
import { useResetOnOpen } from './formState';

/** One field of a refused save: how the form names it, their value and one's own, as text. */
export interface ConflictRow {
  field: string;
  label: string;
  theirs: string;
  mine: string;
}

/** A value as the conflict panel shows it; a form passes its own for ids and lists (a nämnd's name, not its id). */
export type FormatValue = (field: string, value: unknown) => string;

const EMPTY = '(tomt)';

export const formatPlainValue: FormatValue = (_field, value) => {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : value.map((v) => formatPlainValue(_field, v)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** For a form with nämnder by id (a list or one): their names, as the form shows them. */
export function bodyNames(bodies: readonly { id: number; name: string }[]): FormatValue {
  const name = (id: unknown): string => bodies.find((b) => b.id === id)?.name ?? String(id);
  return (field, value) => {
    if (/bodyIds?$/i.test(field) && Array.isArray(value)) return value.length === 0 ? EMPTY : value.map(name).join(', ');
    if (/bodyId$/i.test(field) && typeof value === 'number') return name(value);
    return formatPlainValue(field, value);
  };
}

/**
 * The fields the other person's save and this one both have, in the form's order, with the form's
 * labels: what the conflict panel lists. A field the form does not show is listed under its own
 * name, so nothing they changed is hidden.
 */
export function conflictRows(edit: EditConflict, mine: Record<string, unknown>, labels: Record<string, string>, format: FormatValue = formatPlainValue): ConflictRow[] {
  const known = Object.keys(labels).filter((f) => f in edit.theirs);
  const other = Object.keys(edit.theirs).filter((f) => !(f in labels));
  return [...known, ...other].map((field) => ({
    field,
    label: labels[field] ?? field,
    theirs: format(field, edit.theirs[field]),
    mine: format(field, mine[field]),
  }));
}

/**
 * The version of the record a form edits (server mode): the one it loaded, sent with the save so
 * a save based on an older one is refused; after a conflict, the version the other person made,
 * so "Spara mina igen" or "Använd deras värden" then saves on top of it. Undefined on the desktop
 * before row versions exist in the read: nothing is sent.
 */
export function useEditVersion(loaded: number | undefined, open: boolean) {
  const [version, setVersion] = useState(loaded);
  useResetOnOpen(open, () => setVersion(loaded));
  return { version, setVersion };
}

/** What a form hands FormDialog after a save refused because someone else saved the record first. */
export interface ConflictChoice {
  message: string;
  edit: EditConflict;
  /** The form's own values of the fields (what "Spara mina igen" saves). */
  mine: Record<string, unknown>;
  /** Field → label as the form names it, in the form's order. */
  labels: Record<string, string>;
  format?: FormatValue;
  /** Put their values in the form (on top of their version), to look over and save. */
  onUseTheirs: () => void;
  /** Save one's own values again, on top of their version. */
  onSaveMine: () => void;
  saving?: boolean;
}

/** A save refused over someone else's, as a form's save hook holds it. */
interface RefusedSave {
  message: string;
  edit?: EditConflict;
}

/**
 * The conflict panel's two ways on (null when the save was not refused over a newer version): take
 * their values into the form, or save one's own again; either goes on from their version.
 */
export function conflictChoice(failure: RefusedSave | null, form: {
  mine: Record<string, unknown>;
  labels: Record<string, string>;
  format?: FormatValue;
  saving: boolean;
  takeTheirs: (theirs: Record<string, unknown>) => void;
  setVersion: (version: number) => void;
  clearFailure: () => void;
  save: (version: number) => void;
}): ConflictChoice | null {
  const edit = failure?.edit;
  if (!failure || !edit) return null;
  return {
    message: failure.message, edit, mine: form.mine, labels: form.labels, format: form.format, saving: form.saving,
    onUseTheirs: () => {
      form.takeTheirs(edit.theirs);
      form.setVersion(edit.version);
      form.clearFailure();
    },
    onSaveMine: () => {
      form.setVersion(edit.version);
      form.save(edit.version);
    },
  };
}
