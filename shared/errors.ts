/**
 * The few errors that cross the API boundary. Messages are Swedish and meant for the user;
 * `field` names the form field a validation error belongs to.
 */
export type AppErrorKind = 'validation' | 'not_found' | 'conflict' | 'refused_file' | 'unauthorized' | 'internal';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface AppErrorData {
  kind: AppErrorKind;
  message: string;
  problems?: FieldProblem[];
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

  constructor(kind: AppErrorKind, message: string, problems: FieldProblem[] = []) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.problems = problems;
  }

  toData(): AppErrorData {
    return this.problems.length > 0
      ? { kind: this.kind, message: this.message, problems: this.problems }
      : { kind: this.kind, message: this.message };
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

export function isAppErrorData(value: unknown): value is AppErrorData {
  return typeof value === 'object' && value !== null && typeof (value as AppErrorData).kind === 'string'
    && typeof (value as AppErrorData).message === 'string';
}
