import { describe, expect, it } from 'vitest';
import { CHARACTERS_PER_LINE, columnShares } from '@shared/report/columnWidths';
import type { TableCell, TableColumn } from '@shared/report/model';

const COLUMNS: TableColumn[] = [
  { label: 'Nr', weight: 5, nowrap: true }, { label: 'Åtgärd', weight: 22 }, { label: 'Ansvarig', weight: 16 },
  { label: 'Klart senast', weight: 12, nowrap: true }, { label: 'Status', weight: 11, nowrap: true }, { label: 'Senaste lägesrapport', weight: 34 },
];
const ROWS: TableCell[][] = [
  ['1.1', 'Rutin för att fråga om våld i alla verksamheter som möter våldsutsatta', 'Arbetsmarknadsnämnden, Socialnämnden', '2024-12-31', { status: 'genomford' },
    '2025-03-02: Rutinen är beslutad och införd i samtliga enheter; uppföljningen visar att den används i de flesta ärenden.'],
  ['1.2', 'Skyddat boende', 'Barn- och utbildningsnämnden', '–', { status: 'ingen_uppfoljning' }, 'Ingen lägesrapport.'],
];
const characters = (share: number) => share * CHARACTERS_PER_LINE;

describe('column widths from what the columns hold (issue 15)', () => {
  const shares = columnShares(COLUMNS, ROWS);

  it('fill the text width', () => {
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('make no column narrower than its longest word, a nowrap column than its longest value', () => {
    expect(characters(shares[2])).toBeGreaterThan('Arbetsmarknadsnämnden,'.length);
    expect(characters(shares[3])).toBeGreaterThan('2024-12-31'.length);
    // A status may wrap at its space, never inside a word.
    expect(characters(shares[4])).toBeGreaterThan('uppföljning'.length);
    expect(characters(shares[4])).toBeLessThan('Ingen uppföljning'.length * 1.1);
    // "Barn- och utbildningsnämnden" wraps after the hyphen and at spaces: its longest piece decides.
    expect(characters(columnShares([{ label: 'Nämnd', weight: 1 }, { label: 'Text', weight: 9 }], [['Barn- och utbildningsnämnden', 'x '.repeat(200)]])[0]))
      .toBeLessThan('Barn- och utbildningsnämnden'.length);
  });

  it('give the room that is left to the columns with the most text', () => {
    expect(shares[5]).toBeGreaterThan(shares[0]);
    expect(shares[1] + shares[5]).toBeGreaterThan(0.4);
  });

  it('never give a column more than it wants while another still wraps', () => {
    const s = columnShares([{ label: 'Kort', weight: 50 }, { label: 'Lång', weight: 1 }], [['ja', 'ord '.repeat(100)]]);
    expect(characters(s[0])).toBeLessThan(8);
  });

  it('share the page by the longest words when even those do not fit', () => {
    const long = Array.from({ length: 8 }, (_, i) => ({ label: `Kolumn${i}`, weight: 1 }));
    const s = columnShares(long, [long.map(() => 'Arbetsmarknadsnämnden')]);
    expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(new Set(s.map((x) => x.toFixed(6))).size).toBe(1);
  });
});
