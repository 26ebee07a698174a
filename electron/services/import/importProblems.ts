import { AppError, type FieldProblem } from '@shared/errors';
import { refusedCharacter, refusedCharacterMessage, truncateText } from '@shared/textRule';

/**
 * Every problem in a file, each naming the row as the spreadsheet shows it, the column by its
 * header and the value: "Rad 9, kolumn Klart senast: '31/13/2024' är inte ett datum." The file is
 * refused with all of them at once, so it can be fixed in one go.
 */
export class ImportProblems {
  readonly list: FieldProblem[] = [];

  add(row: number, column: string, value: string | null, what: string): void {
    const shown = value === null ? '' : ` '${value.length > 60 ? `${truncateText(value, 60)}…` : value}'`;
    this.list.push({ field: `Rad ${row}`, message: `Rad ${row}, kolumn ${column}:${shown} ${what}` });
  }

  /** The text rule (shared/textRule.ts) for a cell's text: a lone surrogate or noncharacter is a problem of its row and column. */
  checkText(row: number, column: string, text: string): void {
    const found = refusedCharacter(text);
    if (found) this.add(row, column, null, refusedCharacterMessage(found));
  }

  /** A problem with the file as a whole, not one row. */
  addFile(message: string): void {
    this.list.push({ field: 'Fil', message });
  }

  get count(): number {
    return this.list.length;
  }

  throwIfAny(fileName: string): void {
    if (this.list.length === 0) return;
    const count = this.list.length === 1 ? 'ett problem' : `${this.list.length} problem`;
    throw new AppError('validation', `”${fileName}” kan inte läsas in: ${count}. Inget har sparats.`, this.list);
  }
}
