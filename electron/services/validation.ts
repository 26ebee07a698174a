import { AppError, type FieldProblem } from '@shared/errors';

/** Collects every problem with an input so the form can show them all at once. */
export class Problems {
  private readonly list: FieldProblem[] = [];

  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.list.push({ field, message });
    return this;
  }

  throwIfAny(): void {
    if (this.list.length === 0) return;
    const message = this.list.length === 1 ? this.list[0].message : this.list.map((p) => p.message).join(' ');
    throw new AppError('validation', message, this.list);
  }
}
