import { describe, expect, it } from 'vitest';
import {
  bodyAtStart, bodyInText, dateInText, genitive, nameInText, NOUNS, namedItems, placeAndDate, sentence, sentencesOf, startsWithDigit,
} from '@shared/text';

describe('names of nämnder, styrelser and bolag', () => {
  it.each([
    [{ name: 'Socialnämnden', kind: 'namnd' as const }, 'socialnämnden'],
    [{ name: 'Kommunstyrelsen', kind: 'styrelse' as const }, 'kommunstyrelsen'],
    [{ name: 'Stadsdelsnämnden Västerort', kind: 'namnd' as const }, 'stadsdelsnämnden Västerort'],
    [{ name: 'Åsbackahem AB', kind: 'bolag' as const }, 'Åsbackahem AB'],
    [{ name: 'KS arbetsutskott', kind: 'styrelse' as const }, 'KS arbetsutskott'],
    [{ name: 'Överförmyndarnämnden', kind: 'namnd' as const }, 'överförmyndarnämnden'],
  ])('writes %o as "%s" mid-sentence', (body, text) => {
    expect(bodyInText(body)).toBe(text);
  });

  it.each([
    ['Socialnämnden', 'Socialnämndens'], ['socialnämnden', 'socialnämndens'], ['Åsbackahem AB', 'Åsbackahem AB:s'], ['KS', 'KS:s'],
    ['Västerås', 'Västerås'], ['Stadsdelsnämnden Västerort', 'Stadsdelsnämnden Västerorts'],
  ])('writes the genitive of "%s" as "%s"', (name, text) => {
    expect(genitive(name)).toBe(text);
  });

  it('writes titles and organs in lower case mid-sentence, but not abbreviations', () => {
    expect(nameInText('Kommunfullmäktige')).toBe('kommunfullmäktige');
    expect(nameInText('Kommunens arbete mot våld')).toBe('kommunens arbete mot våld');
    expect(nameInText('VINR-rådet')).toBe('VINR-rådet');
  });

  it('keeps the capital at the start of a sentence', () => {
    expect(bodyAtStart({ name: 'socialnämnden', kind: 'namnd' })).toBe('Socialnämnden');
  });
});

describe('dates, named items and sentences', () => {
  it('writes dates in words in running text', () => {
    expect(dateInText('2025-02-28')).toBe('28 februari 2025');
    expect(placeAndDate('Åsbacka', '2026-12-03')).toBe('Åsbacka den 3 december 2026');
    expect(placeAndDate('  ', '2026-12-03')).toBe('3 december 2026');
  });

  it('names one item in the singular and several with the definite plural', () => {
    expect(namedItems(NOUNS.atgard, ['1.3'])).toBe('åtgärd 1.3');
    expect(namedItems(NOUNS.atgard, ['1.3', '2.2', '4.1'])).toBe('åtgärderna 1.3, 2.2 och 4.1');
  });

  it('capitalises and ends a sentence, and finds digits at the start of one', () => {
    expect(sentence('socialnämnden godkänner')).toBe('Socialnämnden godkänner.');
    expect(sentence('Vad gäller?')).toBe('Vad gäller?');
    expect(sentencesOf('Två är klara. 13 är inte det.\n- 1.3 är sen')).toEqual(['Två är klara.', '13 är inte det.', '1.3 är sen']);
    expect(sentencesOf('Två är klara. 13 är inte det.').map(startsWithDigit)).toEqual([false, true]);
  });
});
