import { describe, expect, it } from 'vitest';
import { ASSESSMENT_LABEL, RHYTHM_LABEL, RHYTHM_PART_LABEL, SCORE_LABEL } from '@shared/labels';
import { ASSESSMENTS, SCORES } from '@shared/domain/status';
import { FOLLOW_UP_RHYTHMS } from '@shared/domain/period';

/** Words made from the one list of each enumeration (issue 16): the scores' words are the assessments'. */
describe('labels built from the enumerations', () => {
  it('names the scores 2/1/0 with the words of Ja/Delvis/Nej, from Ja down', () => {
    expect(SCORES).toEqual([2, 1, 0]);
    expect(SCORES.map((score) => SCORE_LABEL[score])).toEqual(ASSESSMENTS.map((a) => ASSESSMENT_LABEL[a]));
    expect(SCORE_LABEL[1]).toBe('Delvis');
  });

  it('has words for every follow-up rhythm, both as a rhythm and as the part a trend is drawn in', () => {
    for (const rhythm of FOLLOW_UP_RHYTHMS) {
      expect(RHYTHM_LABEL[rhythm]).toMatch(/\S/);
      expect(RHYTHM_PART_LABEL[rhythm]).toMatch(/\S/);
    }
    expect(FOLLOW_UP_RHYTHMS.map((r) => RHYTHM_PART_LABEL[r])).toEqual(['År', 'Halvår', 'Tertial']);
  });
});
