import { describe, expect, it } from 'vitest';
import { guessBodyKind, matchBody, splitBodies } from '../../../electron/services/import/bodyNames';
import { detectSeparator, decodeText } from '../../../electron/services/import/csv';
import { readDate } from '../../../electron/services/import/dateCells';
import { fieldOfHeader } from '../../../electron/services/import/headers';
import { readStatus } from '../../../electron/services/import/statusWords';

describe('reading a plan spreadsheet’s cells', () => {
  it.each([
    ['a date cell', new Date(Date.UTC(2025, 11, 31)), { kind: 'date', iso: '2025-12-31' }],
    ['ISO text', '2025-12-31', { kind: 'date', iso: '2025-12-31' }],
    ['ISO with a time', '2025-12-31 00:00:00', { kind: 'date', iso: '2025-12-31' }],
    ['a Swedish long date', '31 december 2025', { kind: 'date', iso: '2025-12-31' }],
    ['a short month', '31 dec 2025', { kind: 'date', iso: '2025-12-31' }],
    ['day/month/year', '31/12/2025', { kind: 'date', iso: '2025-12-31' }],
    ['a year as text', '2025', { kind: 'span', start: '2025-01-01', end: '2025-12-31', period: false }],
    ['a year as a number', 2025, { kind: 'span', start: '2025-01-01', end: '2025-12-31', period: false }],
    ['a period with an en dash', '2023–2025', { kind: 'span', start: '2023-01-01', end: '2025-12-31', period: true }],
    ['a period with a hyphen', '2023-2025', { kind: 'span', start: '2023-01-01', end: '2025-12-31', period: true }],
    ['a period with spaces', '2023 – 2025', { kind: 'span', start: '2023-01-01', end: '2025-12-31', period: true }],
    ['Löpande', 'Löpande', { kind: 'ongoing' }],
    ['löpande in lower case', ' löpande ', { kind: 'ongoing' }],
    ['a month', 'december 2025', { kind: 'span', start: '2025-12-01', end: '2025-12-31', period: false }],
    ['hösttermin', 'HT 2025', { kind: 'span', start: '2025-07-01', end: '2025-12-31', period: false }],
    ['a quarter', 'Q1 2026', { kind: 'span', start: '2026-01-01', end: '2026-03-31', period: false }],
    ['a tertial as the app writes it', '2026-T2', { kind: 'span', start: '2026-05-01', end: '2026-08-31', period: false }],
    ['"senast" before a date', 'senast 2025-06-30', { kind: 'date', iso: '2025-06-30' }],
    ['an empty cell', null, { kind: 'none' }],
    ['an impossible date', '31/13/2024', { kind: 'invalid' }],
    ['a backwards period', '2025–2023', { kind: 'invalid' }],
    ['words', 'våren', { kind: 'invalid' }],
    ['a number that is no year', 45657, { kind: 'invalid' }],
  ])('dates: %s', (_name, value, expected) => {
    expect(readDate(value as never)).toEqual(expected);
  });

  it.each([
    ['Klar', 'genomford'], ['klart', 'genomford'], ['Genomförd', 'genomford'], ['GENOMFÖRT', 'genomford'], ['Slutförd', 'genomford'],
    ['Pågår', 'pagaende'], ['pågående', 'pagaende'], ['Påbörjad', 'pagaende'], ['Pagaende', 'pagaende'], ['Under arbete', 'pagaende'],
    ['Ej påbörjad', 'ej_paborjad'], ['Inte påbörjad', 'ej_paborjad'], ['Ej startad', 'ej_paborjad'],
    ['Avbruten', 'avbruten'], ['Utgår', 'avbruten'],
  ])('status: %s → %s', (word, status) => {
    expect(readStatus(word)?.status).toBe(status);
  });

  it('reads Försenad as Pågående and says why; refuses words that are no status', () => {
    expect(readStatus('Försenad')).toEqual({ status: 'pagaende', note: expect.stringContaining('räknas fram av programmet') });
    expect(readStatus('Kanske')).toBeNull();
    expect(readStatus('Ja')).toBeNull();
  });

  it('splits nämnder on comma, semicolon, line break and " och ", but not inside "Kultur- och fritidsnämnden" or a known name', () => {
    const names = (cell: string, known: string[] = []) => splitBodies(cell, new Set(known)).map((b) => b.name);
    expect(names('Socialnämnden, Kommunstyrelsen')).toEqual(['Socialnämnden', 'Kommunstyrelsen']);
    expect(names('Socialnämnden; Kommunstyrelsen')).toEqual(['Socialnämnden', 'Kommunstyrelsen']);
    expect(names('Socialnämnden\nKommunstyrelsen')).toEqual(['Socialnämnden', 'Kommunstyrelsen']);
    expect(names('Socialnämnden och Kommunstyrelsen')).toEqual(['Socialnämnden', 'Kommunstyrelsen']);
    expect(names('Kultur- och fritidsnämnden och Barn- och utbildningsnämnden')).toEqual(['Kultur- och fritidsnämnden', 'Barn- och utbildningsnämnden']);
    expect(names('Vård och omsorgsnämnden, Socialnämnden', ['vård och omsorgsnämnden'])).toEqual(['Vård och omsorgsnämnden', 'Socialnämnden']);
    expect(names('Socialnämnden, socialnämnden.')).toEqual(['Socialnämnden']);
    expect(names('Kommunstyrelsen, Socialnämnden (huvudansvarig)')).toEqual(['Socialnämnden', 'Kommunstyrelsen']);
  });

  it('matches nämnder: same name in any case is the same, a near spelling is only offered', () => {
    const bodies = [{ id: 1, name: 'Socialnämnden' }, { id: 2, name: 'Kommunstyrelsen' }];
    expect(matchBody('SOCIALNÄMNDEN', bodies)).toEqual({ kind: 'existing', bodyId: 1, bodyName: 'Socialnämnden' });
    expect(matchBody('Socialnamnden', bodies)).toEqual({ kind: 'near', candidates: [{ bodyId: 1, name: 'Socialnämnden' }] });
    expect(matchBody('Socialnämnd', bodies)).toEqual({ kind: 'near', candidates: [{ bodyId: 1, name: 'Socialnämnden' }] });
    expect(matchBody('Kommunstyrelsens arbetsutskott', bodies)).toEqual({ kind: 'new' });
    expect([guessBodyKind('Kommunstyrelsen'), guessBodyKind('Bostads AB Hem'), guessBodyKind('Socialnämnden')]).toEqual(['styrelse', 'bolag', 'namnd']);
  });

  it('knows the headers without case, accents or notes', () => {
    expect(['ÅTGÄRD', 'atgard', 'Aktivitet', 'Åtgärd:'].map(fieldOfHeader)).toEqual(['title', 'title', 'title', 'title']);
    expect(['Klart senast (år)', 'Deadline', 'Slutdatum', 'Tidsplan'].map(fieldOfHeader)).toEqual(['deadline', 'deadline', 'deadline', 'deadline']);
    expect(['Ansvarig nämnd/förvaltning', 'Ansvar', 'ANSVARIG'].map(fieldOfHeader)).toEqual(['responsible', 'responsible', 'responsible']);
    expect(['Nr', 'Nummer', 'Utvecklingsområde', 'Område', 'Fokusområde', 'Start', 'Startdatum', 'Status 2025', 'Kommentar', 'Beskrivning'].map(fieldOfHeader))
      .toEqual(['number', 'number', 'area', 'area', 'area', 'startDate', 'startDate', 'status', 'comment', 'description']);
    expect(fieldOfHeader('Budget')).toBeNull();
  });

  it('finds the separator and the encoding', () => {
    expect(detectSeparator('Åtgärd;Ansvarig\nA, B och C;Socialnämnden, KS\nD;E\n')).toBe(';');
    expect(detectSeparator('Åtgärd,Ansvarig\n"A; B",C\nD,E\n')).toBe(',');
    expect(detectSeparator('Åtgärd\tAnsvarig\nA\tB\n')).toBe('\t');
    expect(decodeText(new Uint8Array([0xc5, 0x74, 0x67, 0xe4, 0x72, 0x64, 0x20, 0x96, 0x20, 0x80]), 'x.csv')).toBe('Åtgärd – €');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x85]), 'x.csv')).toBe('Å');
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'bild.csv')).toThrow(/inte ett kalkylark/);
  });
});
