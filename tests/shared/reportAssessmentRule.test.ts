import { describe, expect, it } from 'vitest';
import type { EffectiveStatus } from '@shared/domain/status';
import type { MeasureProgressCounts } from '@shared/domain/measureProgress';
import { ASSESSMENT_RULE, suggestAssessment, type RuleAction } from '@shared/report/assessmentRule';
import { sentencesOf, startsWithDigit } from '@shared/text';

/**
 * The rule, one row per case: åtgärder written as "status" or "status!" (Ej rapporterad under året)
 * or "avbruten+" (with beslut) / "avbruten" (without), and the område's mått counts.
 */
function actions(spec: string): RuleAction[] {
  return spec.split(' ').filter(Boolean).map((word) => {
    const status = word.replace(/[!+]$/, '') as EffectiveStatus;
    return { status, notReportedInYear: word.endsWith('!'), stopDecided: word.endsWith('+') };
  });
}
const mått = (on_track = 0, off_track = 0, no_value = 0, not_judged = 0): MeasureProgressCounts => ({ on_track, off_track, no_value, not_judged });

describe('suggestAssessment: status, rapportering and mått weighed together', () => {
  it.each([
    // Ja: nothing lags, at least half done, no mått behind or without utfall.
    { spec: 'genomford genomford pagaende pagaende', m: mått(), answer: 'ja' },
    { spec: 'genomford genomford pagaende', m: mått(2, 0, 0, 1), answer: 'ja' },
    { spec: 'genomford pagaende avbruten+', m: mått(), answer: 'ja' },
    // A mått behind its line or without utfall this year keeps an otherwise clean område from Ja.
    { spec: 'genomford genomford pagaende', m: mått(2, 1), answer: 'delvis' },
    { spec: 'genomford genomford pagaende', m: mått(1, 0, 1), answer: 'delvis' },
    // Mått behind their line weigh with the åtgärder that brister: more than a third of both together is Nej.
    { spec: 'genomford genomford pagaende', m: mått(1, 2), answer: 'delvis' },
    { spec: 'genomford genomford pagaende', m: mått(0, 3), answer: 'nej' },
    { spec: 'genomford genomford pagaende forsenad', m: mått(1, 2), answer: 'nej' },
    { spec: 'genomford pagaende pagaende pagaende forsenad', m: mått(2, 1), answer: 'delvis' },
    // Too few done.
    { spec: 'genomford pagaende pagaende', m: mått(), answer: 'delvis' },
    // Rapportering: an open åtgärd without a report in the year lags, even while Pågående.
    { spec: 'genomford genomford pagaende!', m: mått(), answer: 'delvis' },
    { spec: 'genomford pagaende! ej_paborjad!', m: mått(), answer: 'nej' },
    // A Genomförd åtgärd owes no report.
    { spec: 'genomford! genomford pagaende', m: mått(), answer: 'ja' },
    // Avbruten without beslut counts against the område; with beslut it is left out.
    { spec: 'genomford genomford pagaende avbruten', m: mått(), answer: 'delvis' },
    { spec: 'genomford avbruten avbruten', m: mått(), answer: 'nej' },
    { spec: 'genomford avbruten+ avbruten+', m: mått(), answer: 'ja' },
    // Försenad and Ingen uppföljning over a third: Nej.
    { spec: 'genomford forsenad ingen_uppfoljning', m: mått(), answer: 'nej' },
    { spec: 'genomford genomford pagaende forsenad', m: mått(), answer: 'delvis' },
    // Nothing done or going on: Nej.
    { spec: 'ej_paborjad ej_paborjad ej_paborjad', m: mått(), answer: 'nej' },
    // Nothing to judge.
    { spec: '', m: mått(), answer: 'nej' },
    { spec: 'avbruten+ avbruten+', m: mått(), answer: 'nej' },
  ])('$spec with mått $m → $answer', ({ spec, m, answer }) => {
    const result = suggestAssessment({ year: 2026, actions: actions(spec), measures: m });
    expect(result.answer).toBe(answer);
    for (const s of sentencesOf(result.reason)) expect(startsWithDigit(s), s).toBe(false);
    // The share is said once (issue 15).
    expect(result.reason).not.toMatch(/mindre än hälften/i);
  });

  it('says why, with the numbers, in a revisor’s plain Swedish', () => {
    expect(suggestAssessment({ year: 2026, actions: actions('genomford genomford pagaende pagaende'), measures: mått() }).reason)
      .toBe('Två av fyra åtgärder är genomförda. Ingen åtgärd är försenad, saknar uppföljning eller lägesrapport under året, eller har avbrutits utan beslut.');
    expect(suggestAssessment({ year: 2026, actions: actions('genomford pagaende pagaende! forsenad avbruten avbruten+ pagaende'), measures: mått(1, 1, 1) }).reason)
      .toBe('Av sju åtgärder har två avbrutits, och en av de övriga fem är genomförd. '
        + 'Av de sex åtgärder som bedöms brister tre: en är försenad, en saknar lägesrapport under 2026 och en har avbrutits utan beslut. '
        + 'Av områdets tre mått är ett i linje med målvärdet, ett efter målvärdet och ett utan utfall för 2026.');
    expect(suggestAssessment({ year: 2026, actions: actions('genomford pagaende pagaende pagaende forsenad'), measures: mått(0, 0, 0, 1) }).reason)
      .toBe('En av fem åtgärder är genomförd. Av fem åtgärder är en försenad. Områdets enda mått är utan målvärde att bedöma mot.');
    expect(suggestAssessment({ year: 2026, actions: actions('genomford pagaende pagaende'), measures: mått(2) }).reason)
      .toBe('En av tre åtgärder är genomförd. Ingen åtgärd är försenad, saknar uppföljning eller lägesrapport under året, eller har avbrutits utan beslut. '
        + 'Båda av områdets mått är i linje med målvärdet.');
    expect(suggestAssessment({ year: 2026, actions: actions('forsenad'), measures: mått() }).reason).toBe('Åtgärden är inte genomförd. Åtgärden är försenad.');
    expect(suggestAssessment({ year: 2026, actions: actions('ej_paborjad ej_paborjad! avbruten'), measures: mått() }).reason)
      .toBe('Av tre åtgärder har en avbrutits, och ingen av de övriga två är genomförd. '
        + 'Av tre åtgärder brister två: en saknar lägesrapport under 2026 och en har avbrutits utan beslut. Ingen av åtgärderna är genomförd eller pågående.');
  });

  it('is stated as the app and the report show it: what counts, then Ja, Nej and Delvis', () => {
    expect(ASSESSMENT_RULE.filter((l) => /^(Ja|Delvis|Nej) – /.test(l))).toHaveLength(3);
    expect(ASSESSMENT_RULE.join(' ')).toContain('Ej rapporterad under året');
    expect(ASSESSMENT_RULE.join(' ')).toContain('avbrutits utan ett beslut med instans och datum');
    expect(ASSESSMENT_RULE.join(' ')).toContain('målvärde');
  });
});
