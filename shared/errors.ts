/**
 * The few errors that cross the API boundary. Messages are Swedish and meant for the user;
 * `field` names the form field a validation error belongs to.
 */
export type AppErrorKind = 'validation' | 'not_found' | 'conflict' | 'refused_file' | 'unauthorized' | 'internal';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A save refused because someone else saved the same record after it was read (server mode):
 * who, when, the record's version now, and their values of the fields this save tried to change,
 * so the form can show them beside one's own and the user can merge.
 */
export interface EditConflict {
  by: string;
  /** ISO timestamp of their save. */
  at: string;
  version: number;
  theirs: Record<string, unknown>;
}

export interface AppErrorData {
  kind: AppErrorKind;
  message: string;
  problems?: FieldProblem[];
  /** Present on a conflict refused because of a newer version (kind 'conflict'). */
  edit?: EditConflict;
}

/**
 * What a call changed in the plan file: the tables it wrote, or 'everything' when the whole file
 * may be different (a restored backup, a restored or imported plan). The renderer's query cache
 * invalidates exactly the reads of these tables (renderer/src/data, shared/api/readTables.ts).
 */
export type ChangedTables = readonly string[] | 'everything';

/** `changed` is present on the answer of every call that wrote to the plan file. */
export type Result<T> = { ok: true; value: T; changed?: ChangedTables } | { ok: false; error: AppErrorData };

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly problems: FieldProblem[];

  readonly edit: EditConflict | undefined;

  constructor(kind: AppErrorKind, message: string, problems: FieldProblem[] = [], edit?: EditConflict) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.problems = problems;
    this.edit = edit;
  }

  toData(): AppErrorData {
    const data: AppErrorData = this.problems.length > 0
      ? { kind: this.kind, message: this.message, problems: this.problems }
      : { kind: this.kind, message: this.message };
    return this.edit === undefined ? data : { ...data, edit: this.edit };
  }
}

/** A validation error about one field: the message is shown beside that field. */
export function invalid(field: string, message: string): AppError {
  return new AppError('validation', message, [{ field, message }]);
}

export function notFound(message: string): AppError {
  return new AppError('not_found', message);
}

export function conflict(message: string): AppError {
  return new AppError('conflict', message);
}

/** A save based on an old version of the record (see EditConflict). */
export function editConflict(message: string, edit: EditConflict): AppError {
  return new AppError('conflict', message, [], edit);
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  return typeof value === 'object' && value !== null && typeof (value as AppErrorData).kind === 'string'
    && typeof (value as AppErrorData).message === 'string';
}
