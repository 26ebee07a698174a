import { describe, expect, it } from 'vitest';
import { agree, count, countAtStart, formatNumber, NOUNS, numberInText, PARTICIPLES, percentText, pronounFor } from '@shared/text';

const NBSP = '\u00a0';

describe('numbers in running text', () => {
  it.each([
    [0, 'noll'], [1, 'en'], [2, 'två'], [7, 'sju'], [12, 'tolv'], [13, '13'], [1000, `1${NBSP}000`], [2480, `2${NBSP}480`], [1.5, '1,5'],
  ])('%d is written "%s"', (n, text) => {
    expect(numberInText(n)).toBe(text);
  });

  it('writes one as "ett" for an ett-word', () => {
    expect(numberInText(1, 'neutrum')).toBe('ett');
  });

  it('keeps digits for tables, with a no-break space between thousands and a decimal comma', () => {
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(1234567.891)).toBe(`1${NBSP}234${NBSP}567,89`);
  });

  it('rounds shares to whole percent', () => {
    expect(percentText(1, 3)).toBe('33 procent');
    expect(percentText(0, 0)).toBe('0 procent');
  });
});

describe('count and agreement', () => {
  it.each([
    [0, NOUNS.atgard, 'inga åtgärder', 'genomförda'],
    [1, NOUNS.atgard, 'en åtgärd', 'genomförd'],
    [2, NOUNS.atgard, 'två åtgärder', 'genomförda'],
    [12, NOUNS.atgard, 'tolv åtgärder', 'genomförda'],
    [13, NOUNS.atgard, '13 åtgärder', 'genomförda'],
    [1000, NOUNS.lagesrapport, `1${NBSP}000 lägesrapporter`, 'genomförda'],
    [0, NOUNS.matt, 'inga mått', 'genomförda'],
    [1, NOUNS.matt, 'ett mått', 'genomfört'],
    [2, NOUNS.matt, 'två mått', 'genomförda'],
    [1, NOUNS.namnd, 'en nämnd', 'genomförd'],
    [13, NOUNS.namnd, '13 nämnder', 'genomförda'],
  ])('%d of %o → "%s" and "%s"', (n, noun, counted, genomford) => {
    expect(count(n, noun)).toBe(counted);
    expect(agree(PARTICIPLES.genomford, n, noun)).toBe(genomford);
  });

  it.each([
    [PARTICIPLES.forsenad, 1, 'försenad'], [PARTICIPLES.forsenad, 2, 'försenade'],
    [PARTICIPLES.klar, 1, 'klar'], [PARTICIPLES.klar, 3, 'klara'],
    [PARTICIPLES.avbruten, 1, 'avbruten'], [PARTICIPLES.avbruten, 0, 'avbrutna'],
    [PARTICIPLES.pagaende, 1, 'pågående'], [PARTICIPLES.pagaende, 5, 'pågående'],
  ])('agrees %o with %d åtgärder as "%s"', (participle, n, text) => {
    expect(agree(participle, n, NOUNS.atgard)).toBe(text);
  });
});

describe('a count at the start of a sentence', () => {
  it.each([
    [0, NOUNS.atgard, 'Inga åtgärder'], [1, NOUNS.atgard, 'En åtgärd'], [1, NOUNS.matt, 'Ett mått'], [2, NOUNS.atgard, 'Två åtgärder'],
    [12, NOUNS.atgard, 'Tolv åtgärder'], [13, NOUNS.atgard, 'Sammanlagt 13 åtgärder'], [3, NOUNS.uppgift, 'Tre uppgifter'], [1000, NOUNS.lagesrapport, `Sammanlagt 1${NBSP}000 lägesrapporter`],
  ])('%d of %o begins as "%s"', (n, noun, text) => {
    expect(countAtStart(n, noun)).toBe(text);
  });

  it('refers back with den, det or de', () => {
    expect([pronounFor(1, NOUNS.atgard), pronounFor(1, NOUNS.matt), pronounFor(2, NOUNS.atgard), pronounFor(0, NOUNS.matt)]).toEqual(['den', 'det', 'de', 'de']);
  });

  it.each([
    [PARTICIPLES.avslutad, 1, NOUNS.atgard, 'avslutad'], [PARTICIPLES.avslutad, 3, NOUNS.atgard, 'avslutade'],
    [PARTICIPLES.utanUppfoljning, 1, NOUNS.atgard, 'utan uppföljning'], [PARTICIPLES.utanUppfoljning, 13, NOUNS.atgard, 'utan uppföljning'],
    [PARTICIPLES.forsenadEllerUtanUppfoljning, 1, NOUNS.atgard, 'försenad eller saknar uppföljning'],
    [PARTICIPLES.forsenadEllerUtanUppfoljning, 2, NOUNS.atgard, 'försenade eller saknar uppföljning'],
    [PARTICIPLES.genomfordEllerPagaende, 1, NOUNS.matt, 'genomfört eller pågående'],
  ])('agrees the added word %o with %d as "%s"', (participle, n, noun, text) => {
    expect(agree(participle, n, noun)).toBe(text);
  });
});
