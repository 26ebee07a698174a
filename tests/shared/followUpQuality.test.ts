import { describe, expect, it } from 'vitest';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import {
  checkAction, checkFollowUpQuality, qualitySummaryText, type CheckedAction, type QualityIssue,
} from '@shared/domain/followUpQuality';
import type { Plan, Responsibility } from '@shared/domain/types';

function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 1, name: 'Handlingsplan', municipality: 'Provkommun', periodStart: 2024, periodEnd: 2027, decidedBy: 'Kommunfullmäktige',
    decidedOn: '2024-02-01', diaryNumber: 'KS 2024/1', overallGoal: 'Ingen ska utsättas för våld.', revisionIntervalYears: 2,
    followUpRhythm: 'tertial', createdAt: '2024-02-01T10:00:00Z', updatedAt: '2024-02-01T10:00:00Z', version: 1, ...overrides,
  };
}

const sn: Responsibility = { bodyId: 1, bodyName: 'Socialnämnden', role: 'huvudansvarig' };
const co = (bodyId: number): Responsibility => ({ bodyId, bodyName: `Nämnd ${bodyId}`, role: 'medansvarig' });

let nextId = 1;
/** A well-formed åtgärd: dated within the period, one huvudansvarig, a target, a clear description. */
function action(overrides: Partial<CheckedAction> = {}): CheckedAction {
  const id = nextId++;
  return {
    id, planId: 1, areaId: 1, position: id, number: `1.${id}`, title: 'Rutin för att fråga om våld',
    description: 'Socialtjänsten ska ta fram en skriftlig rutin för att fråga om våld i alla ärenden.',
    proposedMeasures: '', startDate: '2024-01-01', deadline: '2025-12-31',
    indicatorText: 'Rutinen är beslutad och används i minst 90 procent av ärendena.', responsible: [sn],
    createdAt: '2024-02-01T10:00:00Z', updatedAt: '2024-02-01T10:00:00Z', version: 1, measureCount: 0, ...overrides,
  };
}

const issues = (p: Plan, a: CheckedAction): QualityIssue[] => checkAction(p, a).map((f) => f.issue);

describe('uppföljningsbarhet: what makes an åtgärd hard to follow up', () => {
  it('finds nothing wrong with a dated, owned, measurable and clearly worded åtgärd', () => {
    expect(checkAction(plan(), action())).toEqual([]);
  });

  it('flags an åtgärd without deadline (Löpande)', () => {
    expect(issues(plan(), action({ deadline: null }))).toEqual(['no_deadline']);
  });

  it('flags a deadline after or before the plan period, and says which', () => {
    const late = checkAction(plan(), action({ deadline: '2029-06-30' }));
    expect(late.map((f) => f.issue)).toEqual(['deadline_outside_period']);
    expect(late[0].explanation).toBe('Klart senast 2029-06-30 ligger efter planperioden 2024–2027.');
    expect(checkAction(plan(), action({ deadline: '2023-12-31' }))[0].explanation).toContain('före planperioden');
    expect(issues(plan(), action({ deadline: '2027-12-31' }))).toEqual([]);
  });

  it('cannot judge the period when the plan has none, and says so about the plan instead', () => {
    const noPeriod = plan({ periodStart: null, periodEnd: null });
    expect(issues(noPeriod, action({ deadline: '2040-01-01' }))).toEqual([]);
    expect(checkFollowUpQuality(noPeriod, [action()]).planFindings).toEqual([
      'Planen saknar period, så det går inte att pröva om åtgärdernas deadlines ligger inom den.',
    ]);
  });

  it('flags an åtgärd where no ansvarig is huvudansvarig', () => {
    expect(issues(plan(), action({ responsible: [co(2), co(3)] }))).toEqual(['no_lead']);
  });

  it('flags more than three ansvariga, but not three', () => {
    expect(issues(plan(), action({ responsible: [sn, co(2), co(3)] }))).toEqual([]);
    const four = checkAction(plan(), action({ responsible: [sn, co(2), co(3), co(4)] }));
    expect(four).toEqual([{ issue: 'too_many_responsible', explanation: '4 nämnder delar på ansvaret.' }]);
  });

  it('flags an åtgärd with neither a mått nor an indicator/target, also when the text is only spaces', () => {
    expect(checkAction(plan(), action({ indicatorText: '  \n' }))).toEqual([
      { issue: 'no_indicator', explanation: 'Åtgärden har inget mått och fältet Indikator/mål är tomt.' },
    ]);
    expect(issues(plan(), action({ indicatorText: '', measureCount: 1 }))).toEqual([]);
  });

  it('calls a title and description of fewer than eight words too vague', () => {
    const found = checkAction(plan(), action({ title: 'Samverkan', description: 'Bättre samverkan ska ske.' }));
    expect(found.map((f) => f.issue)).toEqual(['vague']);
    expect(found[0].explanation).toContain('5 ord');
  });

  it('calls a text vague that never says what is to be done, and accepts one that does', () => {
    const noVerb = { title: 'Våld i nära relationer', description: 'Frågor om våld i nära relationer i kommunens olika verksamheter och bolag.' };
    expect(issues(plan(), action(noVerb))).toEqual(['vague']);
    expect(issues(plan(), action({ ...noVerb, description: `${noVerb.description} En rutin tas fram.` }))).toEqual([]);
    expect(issues(plan(), action({ ...noVerb, description: `${noVerb.description} Alla chefer utbildas.` }))).toEqual([]);
  });

  it('reports several findings for one åtgärd in a fixed order', () => {
    expect(issues(plan(), action({ deadline: null, responsible: [co(2), co(3), co(4), co(5)], indicatorText: '', description: '' })))
      .toEqual(['no_deadline', 'no_lead', 'too_many_responsible', 'no_indicator', 'vague']);
  });
});

describe('uppföljningsbarhet for the whole plan', () => {
  it('counts åtgärder with at least one finding and åtgärder per kind, keeping only flagged åtgärder', () => {
    const actions = [action(), action({ deadline: null }), action({ deadline: null, indicatorText: '' }), action()];
    const report = checkFollowUpQuality(plan(), actions);
    expect(report.total).toBe(4);
    expect(report.withFindings).toBe(2);
    expect(report.counts).toEqual({
      no_deadline: 2, deadline_outside_period: 0, no_lead: 0, too_many_responsible: 0, no_indicator: 1, vague: 0,
    });
    expect(report.actions.map((a) => a.actionId)).toEqual([actions[1].id, actions[2].id]);
    expect(report.planFindings).toEqual([]);
    expect(qualitySummaryText(report)).toBe('2 av 4 åtgärder har minst en brist');
  });

  it('says so about the plan when it has no goal, no revision interval or no åtgärder', () => {
    const report = checkFollowUpQuality(plan({ overallGoal: '', revisionIntervalYears: null }), []);
    expect(report.planFindings).toEqual([
      'Planen har inga åtgärder ännu, så det finns inget att följa upp.',
      'Planen saknar övergripande mål att bedöma åtgärderna mot.',
      'Det framgår inte hur ofta planen ska revideras.',
    ]);
    expect(qualitySummaryText(report)).toBe('Planen har inga åtgärder.');
  });

  it('words the summary for none and for a single åtgärd', () => {
    expect(qualitySummaryText({ total: 33, withFindings: 0 })).toBe('Ingen av planens 33 åtgärder har någon brist.');
    expect(qualitySummaryText({ total: 1, withFindings: 1 })).toBe('1 av 1 åtgärd har minst en brist');
  });

  it('on the demo plan: finds the Löpande åtgärder and calls none of the real texts vague', () => {
    const demo = plan({ periodStart: demoPlan.plan.periodStart ?? null, periodEnd: demoPlan.plan.periodEnd ?? null });
    const actions = demoPlan.areas.flatMap((area) => area.actions).map((a) => action({
      number: a.number, title: a.title, description: a.description, deadline: a.deadline ?? null, indicatorText: a.indicatorText ?? '',
      measureCount: a.measures?.length ?? 0,
      responsible: a.responsible.map((key, i) => ({ bodyId: i + 1, bodyName: key, role: i === 0 ? 'huvudansvarig' as const : 'medansvarig' as const })),
    }));
    const report = checkFollowUpQuality(demo, actions);
    const withIssue = (issue: QualityIssue) => report.actions.filter((a) => a.findings.some((f) => f.issue === issue)).map((a) => a.number);
    expect(withIssue('no_deadline')).toEqual(['1.5', '3.4', '6.4']);
    expect(withIssue('vague')).toEqual([]);
    expect(withIssue('no_lead')).toEqual([]);
    // 1.6 and 3.3 have no indicator text: their mått make them measurable. 1.2 has neither.
    expect(withIssue('no_indicator')).not.toContain('1.6');
    expect(withIssue('no_indicator')).not.toContain('3.3');
    expect(withIssue('no_indicator')).toContain('1.2');
    expect(report.total).toBe(33);
  });
});
