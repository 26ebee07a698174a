import { truncateText } from '@shared/textRule';
import type ExcelJS from 'exceljs';
import type { MeasureUnit } from '@shared/domain/measure';
import { measureValueProblem } from '@shared/domain/measureRules';
import { readSwedishNumber } from '@shared/readNumber';
import type { CellValue } from '../import/cells';
import { periodFromKey } from '@shared/domain/period';
import { formatMeasureValue, MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import type { ServiceContext } from '../context';
import { listMeasures } from '../measure/measures';

/**
 * The mått columns of an underlag: one per mått of the nämnd's åtgärder, where the nämnd writes the
 * period's utfall. Excel and LibreOffice refuse anything but a number in them (data validation),
 * and the import reads them back by their header, refusing a cell that is not a number with its
 * row and column named.
 */
export interface UnderlagMeasure {
  id: number;
  actionId: number;
  name: string;
  unit: MeasureUnit;
  /** The column's header: "Utfall: <mått> (<enhet>)", made unique with the åtgärd's number when two mått share a name. */
  header: string;
  /** Shown when the cell is selected: the latest utfall and the målvärde. */
  prompt: string;
}

export function measureHeader(name: string, unit: MeasureUnit, actionNumber?: string): string {
  return `Utfall: ${name} (${MEASURE_UNIT_LABEL[unit].toLowerCase()}${actionNumber ? `, åtgärd ${actionNumber}` : ''})`;
}

/** The mått of these åtgärder (in plan order), each with its column header. */
export function underlagMeasures(ctx: ServiceContext, planId: number, actions: { id: number; number: string }[]): UnderlagMeasure[] {
  const numbers = new Map(actions.map((a) => [a.id, a.number]));
  const measures = listMeasures(ctx, { planId }).filter((m) => m.actionId !== null && numbers.has(m.actionId));
  const plain = measures.map((m) => measureHeader(m.name, m.unit));
  return measures.map((m, i) => {
    const latest = m.values.at(-1);
    const prompt = [
      latest ? `Senaste utfall: ${formatMeasureValue(latest.value, m.unit)} (${periodFromKey(latest.period)?.name ?? latest.period}).` : 'Inget utfall ännu.',
      m.targetValue !== null ? `Målvärde: ${formatMeasureValue(m.targetValue, m.unit)} senast ${m.targetDate}.` : '',
    ].filter(Boolean).join(' ');
    const shared = plain.filter((h) => h === plain[i]).length > 1;
    return { id: m.id, actionId: m.actionId!, name: m.name, unit: m.unit, header: shared ? measureHeader(m.name, m.unit, numbers.get(m.actionId!)) : plain[i], prompt };
  });
}

/**
 * Only a number (or Ja/Nej for a ja/nej mått) in the unit's range gets into the cell. Excel allows
 * at most 32 characters in a validation's titles and 255 in its texts, and repairs a file with more.
 */
export function measureValidation(measure: UnderlagMeasure): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: truncateText(measure.name, 32), showInputMessage: true, promptTitle: 'Utfall', prompt: truncateText(measure.prompt, 250) };
  switch (measure.unit) {
    case 'ja_nej':
      return { ...common, type: 'list', formulae: ['"Ja,Nej"'], error: 'Välj Ja eller Nej.' };
    case 'procent':
      return { ...common, type: 'decimal', operator: 'between', formulae: [0, 100], error: 'Skriv en andel mellan 0 och 100 (procent), t.ex. 64 eller 64,5.' };
    case 'kronor':
      return { ...common, type: 'decimal', operator: 'between', formulae: [-1e12, 1e12], error: 'Skriv ett belopp i kronor, bara siffror, t.ex. 12500.' };
    default:
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: `Skriv ett tal (${MEASURE_UNIT_LABEL[measure.unit].toLowerCase()}), t.ex. 38 eller 2480.` };
  }
}

/**
 * A filled-in mått cell as a number: a number cell as it is, text read the Swedish way ("64 %",
 * "2 480", "1,5", "Ja"). Anything else is a problem, said as the end of "Rad 9, kolumn …: '…' ".
 */
export function readMeasureCell(cell: CellValue, unit: MeasureUnit): { value: number } | { problem: string } {
  if (typeof cell === 'number') return checked(cell, unit);
  if (typeof cell === 'boolean' && unit === 'ja_nej') return { value: cell ? 1 : 0 };
  const reading = typeof cell === 'string' ? readSwedishNumber(cell) : null;
  if (reading === null || (reading.unit === 'ja_nej') !== (unit === 'ja_nej')) {
    return { problem: unit === 'ja_nej' ? 'är inte Ja eller Nej.' : 'är inte ett tal. Skriv bara siffror, t.ex. 64 eller 2 480.' };
  }
  return checked(reading.value, unit);
}

function checked(value: number, unit: MeasureUnit): { value: number } | { problem: string } {
  const problem = measureValueProblem(unit, value);
  return problem === null ? { value } : { problem: `– utfallet ${problem}` };
}
