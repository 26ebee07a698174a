import type { MeasureDirection, MeasureUnit } from '@shared/domain/measure';
import { measureValueProblem } from '@shared/domain/measureRules';
import type { PlanImportMeasure } from '@shared/domain/transfer';
import { MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { joinList } from '@shared/text';
import { readSwedishNumber } from '@shared/readNumber';
import { cellText, isBlank, type SheetRow } from './cells';
import type { HeaderLayout } from './headers';

/**
 * A row's mått from a plan spreadsheet's mått columns (headers.ts): its name (Mått, Nyckeltal, or
 * the Indikator text when there is no name column), utgångsvärde and målvärde with the year from the
 * header, and one utfall per "Utfall 2024" column. Cells are read the Swedish way ("64 %", "2 480",
 * "1,5", "ca 400"); a cell that is not a number is kept as the mått's comment and named in a note.
 */
export type ParsedMeasure = Omit<PlanImportMeasure, 'row' | 'actionNumber' | 'actionTitle'>;

const UNIT_WORDS: [RegExp, MeasureUnit][] = [
  [/\b(andel|procent|%)/i, 'procent'],
  [/\b(kostnad|kronor|budget|belopp|kr)\b/i, 'kronor'],
  [/\b(dagar|dygn|väntetid|handläggningstid|vistelsetid)/i, 'dagar'],
];

function unitFromName(name: string): MeasureUnit {
  return UNIT_WORDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'antal';
}

/** A cell as a number; ja/nej only for a ja/nej mått. Null when it is not one. */
function reading(text: string) {
  return text === '' ? null : readSwedishNumber(text);
}

export function readMeasureRow(layout: HeaderLayout, row: SheetRow, fallbackName: string): ParsedMeasure | null {
  const cells = layout.measureColumns.map((c) => ({ ...c, cell: row.cells[c.index] ?? null }));
  const figures = cells.filter((c) => c.field !== 'measureName' && !isBlank(c.cell));
  if (figures.length === 0) return null;
  const nameCell = cells.find((c) => c.field === 'measureName');
  const indicator = layout.index.indicatorText === undefined ? '' : cellText(row.cells[layout.index.indicatorText] ?? null);
  const name = (nameCell && !isBlank(nameCell.cell) ? cellText(nameCell.cell) : indicator || fallbackName).slice(0, 300);

  const comments: string[] = [];
  const notes: string[] = [];
  const read = figures.map((c) => {
    const text = cellText(c.cell);
    const number = typeof c.cell === 'number' ? { value: c.cell, unit: null, approximate: false } : reading(text);
    if (number === null) {
      comments.push(`${c.header}: ${text}`);
      notes.push(`${c.header}: ”${text}” är inte ett tal och sparas som kommentar till måttet.`);
    } else if (number.approximate) {
      comments.push(`${c.header}: ${text}`);
      notes.push(`${c.header}: ”${text}” är ungefärligt och läses som ${number.value}.`);
    }
    return { ...c, text, number };
  });
  const unitsRead = [...new Set(read.flatMap((c) => (c.number?.unit ? [c.number.unit] : [])))];
  const unit = unitsRead[0] ?? unitFromName(name);
  if (unitsRead.length > 1) {
    notes.push(`Raden läses både som ${joinList(unitsRead.map((u) => MEASURE_UNIT_LABEL[u].toLowerCase()))}: välj enhet för måttet, eller läs inte in det.`);
  }

  let baseline: ParsedMeasure['baseline'] = null;
  let target: ParsedMeasure['target'] = null;
  const values: ParsedMeasure['values'] = [];
  for (const c of read) {
    if (c.number === null) continue;
    const { value } = c.number;
    if (c.year === null) {
      comments.push(`${c.header}: ${c.text}`);
      notes.push(`Kolumnen ${c.header} anger inget år, så ${c.text} sparas som kommentar. Skriv året i rubriken, t.ex. ”${c.header} 2024”.`);
    } else if (c.field === 'measureBaseline') baseline = { value, year: c.year };
    else if (c.field === 'measureTarget') target = { value, date: `${c.year}-12-31` };
    else values.push({ period: String(c.year), value, header: c.header });
  }
  for (const [header, value] of [...(baseline ? [['Utgångsvärde', baseline.value] as const] : []), ...(target ? [['Målvärde', target.value] as const] : []),
    ...values.map((v) => [v.header, v.value] as const)]) {
    const problem = measureValueProblem(unit, value);
    if (problem) notes.push(`${header}: ${value} passar inte enheten ${MEASURE_UNIT_LABEL[unit].toLowerCase()} (${problem.replace(/\.$/, '')}). Välj en annan enhet eller läs inte in måttet.`);
  }
  const direction: MeasureDirection = baseline && target ? (target.value < baseline.value ? 'lagre' : 'hogre')
    : /\b(minska|väntetid|vistelsetid|handläggningstid)/i.test(name) ? 'lagre' : 'hogre';
  return { name, unit, unitsRead, direction, baseline, target, values, comment: comments.join('\n'), notes };
}
