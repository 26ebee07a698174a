import { describe, expect, it } from 'vitest';
import { emptyStatusCounts, type StatusCounts } from '../../shared/domain/status';
import { ASSESSMENT_RULE, suggestAssessment } from '../../shared/report/assessmentRule';
import { statusCountsSentence } from '../../shared/report/statusSentence';
import { textToBlocks, textToItems } from '../../shared/report/textBlocks';
import { NOUNS, sentencesOf, startsWithDigit } from '../../shared/text';

const counts = (c: Partial<StatusCounts>): StatusCounts => ({ ...emptyStatusCounts(), ...c });

describe('the suggested Ja/Delvis/Nej rule', () => {
  it('says Ja when nothing lags and at least half is genomförd', () => {
    expect(suggestAssessment(counts({ genomford: 2, pagaende: 2 })).answer).toBe('ja');
    expect(suggestAssessment(counts({ genomford: 1, pagaende: 2 })).answer).toBe('delvis');
  });

  it('says Nej when more than a third is försenad or without uppföljning, or nothing moves', () => {
    expect(suggestAssessment(counts({ genomford: 1, forsenad: 1, ingen_uppfoljning: 1 })).answer).toBe('nej');
    expect(suggestAssessment(counts({ ej_paborjad: 3 })).answer).toBe('nej');
    expect(suggestAssessment(counts({ genomford: 2, pagaende: 1, forsenad: 1 })).answer).toBe('delvis');
  });

  it('leaves avbrutna out, and explains itself with the numbers', () => {
    const result = suggestAssessment(counts({ genomford: 2, avbruten: 5 }));
    expect(result.answer).toBe('ja');
    expect(result.reason).toBe('Av sju åtgärder har fem avbrutits, och båda de övriga är genomförda.');
    expect(suggestAssessment(counts({ avbruten: 2 })).answer).toBe('nej');
  });

  it('is stated in plain Swedish, one line per answer', () => {
    expect(ASSESSMENT_RULE.filter((l) => /^(Ja|Delvis|Nej) – /.test(l))).toHaveLength(3);
  });
});

describe('the reasons, in the words of issue 15', () => {
  it.each([
    [{ genomford: 1, pagaende: 1, forsenad: 1 }, 'delvis', 'En av tre åtgärder är genomförd. En åtgärd är försenad eller saknar uppföljning.'],
    [{ genomford: 1, pagaende: 4 }, 'delvis', 'En av fem åtgärder är genomförd. Ingen åtgärd är försenad eller saknar uppföljning.'],
    [{ genomford: 11, pagaende: 10, ej_paborjad: 3, forsenad: 6, ingen_uppfoljning: 1, avbruten: 2 }, 'delvis',
      'Av 33 åtgärder har två avbrutits, och elva av de övriga 31 är genomförda. Sju åtgärder är försenade eller saknar uppföljning.'],
    [{ genomford: 20, pagaende: 10, forsenad: 14 }, 'delvis', 'Av 44 åtgärder är 20 genomförda. Sammanlagt 14 åtgärder är försenade eller saknar uppföljning.'],
    [{ genomford: 1, forsenad: 1, ingen_uppfoljning: 1 }, 'nej', 'Två av tre åtgärder är försenade eller saknar uppföljning, vilket är mer än en tredjedel.'],
    [{ forsenad: 1 }, 'nej', 'Åtgärden är försenad eller saknar uppföljning.'],
    [{ ej_paborjad: 1 }, 'nej', 'Åtgärden är varken genomförd eller pågående.'],
    [{ ej_paborjad: 4, forsenad: 1, avbruten: 1 }, 'nej', 'Av sex åtgärder har en avbrutits, och ingen av de övriga fem är genomförd eller pågående.'],
    [{ avbruten: 2 }, 'nej', 'Båda åtgärderna har avbrutits. Området har därför inga åtgärder som kan bedömas.'],
    [{}, 'nej', 'Området har inga åtgärder som kan bedömas.'],
  ])('%o → %s: "%s"', (given, answer, reason) => {
    expect(suggestAssessment(counts(given))).toEqual({ answer, reason });
  });

  it('never begins a sentence with a digit nor says "mindre än hälften" after the share', () => {
    for (const genomford of [0, 1, 13]) {
      for (const forsenad of [0, 1, 14]) {
        for (const avbruten of [0, 1, 13]) {
          const { reason } = suggestAssessment(counts({ genomford, forsenad, avbruten, pagaende: 2 }));
          expect(sentencesOf(reason).filter(startsWithDigit), reason).toEqual([]);
          expect(reason).not.toMatch(/mindre än hälften/);
        }
      }
    }
  });
});

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
