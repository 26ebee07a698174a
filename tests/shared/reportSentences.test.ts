import { describe, expect, it } from 'vitest';
import { emptyStatusCounts, type StatusCounts } from '@shared/domain/status';
import { statusCountsSentence } from '@shared/report/statusSentence';
import { textToBlocks, textToItems } from '@shared/report/textBlocks';
import { NOUNS } from '@shared/text';

const counts = (c: Partial<StatusCounts>): StatusCounts => ({ ...emptyStatusCounts(), ...c });

describe('the counts sentence', () => {
  it('names each status with a count in words up to twelve, in the reports’ order and Swedish agreement', () => {
    expect(statusCountsSentence(24, counts({ genomford: 10, pagaende: 9, forsenad: 3, ej_paborjad: 2 })))
      .toBe('Av 24 åtgärder är tio genomförda, nio pågående, två ej påbörjade och tre försenade.');
    expect(statusCountsSentence(33, counts({ genomford: 13, pagaende: 17, forsenad: 1, ingen_uppfoljning: 1, avbruten: 1 })))
      .toBe('Av 33 åtgärder är 13 genomförda, 17 pågående, en försenad, en utan uppföljning och en avbruten.');
  });

  it('says so when every one has the same status, and when there are none', () => {
    expect(statusCountsSentence(1, counts({ avbruten: 1 }))).toBe('Den enda åtgärden är avbruten.');
    expect(statusCountsSentence(2, counts({ genomford: 2 }))).toBe('Båda åtgärderna är genomförda.');
    expect(statusCountsSentence(5, counts({ forsenad: 5 }), NOUNS.rekommendation)).toBe('Alla fem rekommendationerna är försenade.');
    expect(statusCountsSentence(0, counts({}))).toBe('Det finns inga åtgärder.');
  });

  it('narrows the noun when asked', () => {
    expect(statusCountsSentence(3, counts({ genomford: 1, pagaende: 2 }), NOUNS.atgard, 'som nämnderna har planerat'))
      .toBe('Av tre åtgärder som nämnderna har planerat är en genomförd och två pågående.');
  });
});

describe('the strateg’s plain text', () => {
  it('makes paragraphs at blank lines and lists of "- " lines', () => {
    expect(textToBlocks('Första stycket\nfortsätter.\n\n- ett\n- två\n\nSista.')).toEqual([
      { type: 'paragraph', text: 'Första stycket fortsätter.' },
      { type: 'list', items: ['ett', 'två'] },
      { type: 'paragraph', text: 'Sista.' },
    ]);
    expect(textToItems('- Ta fram en tidplan\n\nLämna lägesrapport')).toEqual(['Ta fram en tidplan', 'Lämna lägesrapport']);
  });
});
