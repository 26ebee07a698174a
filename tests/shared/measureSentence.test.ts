import { describe, expect, it } from 'vitest';
import { measureCountsSentence } from '@shared/report/measureSentence';
import { sentencesOf, startsWithDigit } from '@shared/text';

const counts = (c: Partial<Record<'on_track' | 'off_track' | 'no_value' | 'not_judged', number>>) =>
  ({ on_track: 0, off_track: 0, no_value: 0, not_judged: 0, ...c });

describe('the sentence above an område’s mått table', () => {
  it.each([
    [counts({ on_track: 2, off_track: 1, no_value: 2 }), 'Området följs upp med fem mått. Två ligger i fas, ett ligger efter plan och två saknar utfall för 2026.'],
    [counts({ off_track: 1 }), 'Området följs upp med ett mått. Det ligger efter plan.'],
    [counts({ no_value: 1 }), 'Området följs upp med ett mått. Det saknar utfall för 2026.'],
    [counts({ on_track: 13, not_judged: 1 }), 'Området följs upp med 14 mått. Av dem ligger 13 i fas och ett kan inte bedömas.'],
    [counts({}), 'Området har inga mått.'],
  ])('%o', (given, expected) => {
    const text = measureCountsSentence(given, 2026);
    expect(text).toBe(expected);
    for (const s of sentencesOf(text)) expect(startsWithDigit(s)).toBe(false);
  });
});
