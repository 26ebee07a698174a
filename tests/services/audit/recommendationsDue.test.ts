import { describe, expect, it } from 'vitest';
import { listRecommendationsDue } from '../../../electron/services/audit/recommendationsDue';
import { createRecommendationFollowup, deleteRecommendation, updateRecommendationResponse } from '../../../electron/services/audit/recommendations';
import { updateAudit } from '../../../electron/services/audit/audits';
import { auditFixture } from './auditFixture';

describe('open recommendations and answers due, per nämnd', () => {
  it('counts open recommendations per nämnd and lists missing answers due within 30 days, the most urgent first', () => {
    const { ctx, sn, ks, audit, r1, r2 } = auditFixture();
    const due = listRecommendationsDue(ctx, { withinDays: 30 });
    expect(due.asOf).toBe('2026-11-26');
    expect(due.bodies).toEqual([
      { bodyId: ks.id, bodyName: 'Kommunstyrelsen', open: 1, dueSoon: 1, overdue: 0 },
      { bodyId: sn.id, bodyName: 'Socialnämnden', open: 2, dueSoon: 2, overdue: 0 },
    ]);
    expect(due.due.map((d) => [d.bodyName, d.recommendationNumber, d.daysLeft])).toEqual([
      ['Kommunstyrelsen', 1, 14], ['Socialnämnden', 1, 14], ['Socialnämnden', 2, 14],
    ]);
    expect(due.due[0]).toMatchObject({ auditId: audit.id, recommendationId: r1.id, answerDue: '2026-12-10' });
    expect(r2.id).toBeGreaterThan(r1.id);
  });

  it('an answer takes the nämnd off the due list; a closed recommendation is no longer open', () => {
    const { ctx, sn, ks, r1 } = auditFixture();
    updateRecommendationResponse(ctx, { recommendationId: r1.id, bodyId: sn.id, patch: { response: 'Nämnden instämmer.' } });
    createRecommendationFollowup(ctx, { recommendationId: r1.id, bodyId: ks.id, reportedOn: '2026-11-20', status: 'genomford', comment: '', reportedBy: '' });
    const due = listRecommendationsDue(ctx, { withinDays: 30 });
    expect(due.due.map((d) => `${d.bodyName} ${d.recommendationNumber}`)).toEqual(['Kommunstyrelsen 1', 'Socialnämnden 2']);
    expect(due.bodies.find((b) => b.bodyId === ks.id)).toMatchObject({ open: 0, dueSoon: 1 });
    expect(due.bodies.find((b) => b.bodyId === sn.id)).toMatchObject({ open: 2, dueSoon: 1 });
  });

  it('tells overdue from due soon by the as-of date, leaves out what is further away, and numbers without gaps', () => {
    const { ctx, sn, audit, r1 } = auditFixture();
    expect(listRecommendationsDue(ctx, { asOf: '2026-12-11', withinDays: 30 }).due.every((d) => d.daysLeft === -1)).toBe(true);
    expect(listRecommendationsDue(ctx, { asOf: '2026-12-11', withinDays: 30 }).bodies.find((b) => b.bodyId === sn.id)).toMatchObject({ overdue: 2, dueSoon: 0 });
    expect(listRecommendationsDue(ctx, { asOf: '2026-10-01', withinDays: 30 }).due).toEqual([]);
    deleteRecommendation(ctx, r1.id);
    expect(listRecommendationsDue(ctx, { withinDays: 30 }).due.map((d) => d.recommendationNumber)).toEqual([1]);
    updateAudit(ctx, { id: audit.id, patch: { answerDue: null } });
    expect(listRecommendationsDue(ctx, { withinDays: 30 }).due).toEqual([]);
  });
});
