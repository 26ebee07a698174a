import { describe, expect, it } from 'vitest';
import { emptyStatusCounts, type StatusCounts } from '../../shared/domain/status';
import { ASSESSMENT_RULE, suggestAssessment } from '../../shared/report/assessmentRule';
import { statusCountsSentence } from '../../shared/report/statusSentence';
import { textToBlocks, textToItems } from '../../shared/report/textBlocks';

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
    expect(result.reason).toBe('2 av 2 åtgärder är genomförda och ingen åtgärd är försenad eller saknar uppföljning.');
    expect(suggestAssessment(counts({ avbruten: 2 })).answer).toBe('nej');
  });

  it('is stated in plain Swedish, one line per answer', () => {
    expect(ASSESSMENT_RULE.filter((l) => /^(Ja|Delvis|Nej) – /.test(l))).toHaveLength(3);
  });
});

describe('the counts sentence', () => {
  it('names each status with a count, in the reports’ order and Swedish agreement', () => {
    expect(statusCountsSentence(24, counts({ genomford: 10, pagaende: 9, forsenad: 3, ej_paborjad: 2 })))
      .toBe('Av 24 åtgärder är 10 genomförda, 9 pågående, 2 ej påbörjade och 3 försenade.');
    expect(statusCountsSentence(1, counts({ avbruten: 1 }))).toBe('Av 1 åtgärd är 1 avbruten.');
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
