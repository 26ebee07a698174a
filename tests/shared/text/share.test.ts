import { describe, expect, it } from 'vitest';
import { NOUNS, PARTICIPLES, shareSentence, startsWithDigit } from '@shared/text';

const done = (part: number, total: number, cancelled = 0) => shareSentence({ part, total, cancelled, noun: NOUNS.atgard, participle: PARTICIPLES.genomford });

describe('"x av y" sentences', () => {
  it.each([
    [1, 3, 0, 'En av tre åtgärder är genomförd.'],
    [2, 3, 0, 'Två av tre åtgärder är genomförda.'],
    [0, 3, 0, 'Ingen av tre åtgärder är genomförd.'],
    [3, 3, 0, 'Alla tre åtgärderna är genomförda.'],
    [12, 31, 0, 'Tolv av 31 åtgärder är genomförda.'],
    [13, 31, 0, 'Av 31 åtgärder är 13 genomförda.'],
    [1, 1, 0, 'Åtgärden är genomförd.'],
    [2, 2, 0, 'Båda åtgärderna är genomförda.'],
    [0, 1, 0, 'Åtgärden är inte genomförd.'],
    [0, 0, 0, 'Det finns inga åtgärder.'],
    [1000, 1000, 0, 'Alla 1\u00a0000 åtgärderna är genomförda.'],
  ])('%d of %d (avbrutna %d): "%s"', (part, total, cancelled, text) => {
    expect(done(part, total, cancelled)).toBe(text);
  });

  it.each([
    [11, 33, 2, 'Av 33 åtgärder har två avbrutits, och elva av de övriga 31 är genomförda.'],
    [0, 5, 1, 'Av fem åtgärder har en avbrutits, och ingen av de övriga fyra är genomförd.'],
    [4, 5, 1, 'Av fem åtgärder har en avbrutits, och alla de övriga fyra är genomförda.'],
    [1, 2, 1, 'Av två åtgärder har en avbrutits, och den återstående åtgärden är genomförd.'],
    [0, 2, 2, 'Båda åtgärderna har avbrutits.'],
    [2, 4, 2, 'Av fyra åtgärder har två avbrutits, och båda de övriga är genomförda.'],
    [0, 1, 1, 'Den enda åtgärden har avbrutits.'],
  ])('accounts for the avbrutna: %d of %d with %d avbrutna', (part, total, cancelled, text) => {
    expect(done(part, total, cancelled)).toBe(text);
  });

  it('agrees with an ett-word', () => {
    expect(shareSentence({ part: 1, total: 2, noun: NOUNS.matt, participle: PARTICIPLES.klar })).toBe('Ett av två mått är klart.');
    expect(shareSentence({ part: 0, total: 2, noun: NOUNS.matt, participle: PARTICIPLES.klar })).toBe('Inget av två mått är klart.');
  });

  it('never starts with a digit, whatever the counts', () => {
    for (const total of [0, 1, 2, 12, 13, 40, 1000]) {
      for (const part of [0, 1, 2, 12, 13, total]) {
        for (const cancelled of [0, 1, 13]) {
          if (part + cancelled > total) continue;
          expect(startsWithDigit(done(part, total, cancelled)), `${part}/${total}/${cancelled}`).toBe(false);
        }
      }
    }
  });
});
