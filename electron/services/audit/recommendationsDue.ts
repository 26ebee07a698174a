import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ServiceContext } from '../context';
import type { BodyRecommendations, DueAnswer, RecommendationsDue } from '@shared/domain/recommendationsDue';
import { isClosed, type ReportedStatus } from '@shared/domain/status';

interface AddresseeRow {
  body_id: number; body_name: string; response: string; status: ReportedStatus;
  recommendation_id: number; number: number; text: string; audit_id: number; title: string; answer_due: string | null;
}

/**
 * Open recommendations per nämnd and the answers that are missing and due within `withinDays`
 * of the as-of date, or overdue (see shared/domain/recommendationsDue.ts). One query; the file
 * holds tens of granskningar at most.
 */
export function listRecommendationsDue(ctx: ServiceContext, input: { asOf?: string; withinDays: number }): RecommendationsDue {
  const asOf = input.asOf ?? ctx.today();
  const rows = ctx.db.prepare(`SELECT rb.body_id, b.name AS body_name, rb.response, rb.status,
      r.id AS recommendation_id, r.number, r.text, a.id AS audit_id, a.title, a.answer_due
    FROM recommendation_body rb
    -- Numbered as the granskning shows them, so a deleted recommendation leaves no gap.
    JOIN (SELECT id, audit_id, text, position, ROW_NUMBER() OVER (PARTITION BY audit_id ORDER BY position, id) AS number
          FROM recommendation) r ON r.id = rb.recommendation_id
    JOIN audit a ON a.id = r.audit_id
    JOIN body b ON b.id = rb.body_id
    ORDER BY b.name COLLATE NOCASE, a.answer_due, r.position`).all() as AddresseeRow[];

  const due: DueAnswer[] = [];
  const bodies = new Map<number, BodyRecommendations>();
  for (const row of rows) {
    const body = bodies.get(row.body_id) ?? { bodyId: row.body_id, bodyName: row.body_name, open: 0, dueSoon: 0, overdue: 0 };
    bodies.set(row.body_id, body);
    if (!isClosed(row.status)) body.open += 1;
    if (row.response.trim() !== '' || row.answer_due === null) continue;
    const daysLeft = differenceInCalendarDays(parseISO(row.answer_due), parseISO(asOf));
    if (daysLeft > input.withinDays) continue;
    if (daysLeft < 0) body.overdue += 1;
    else body.dueSoon += 1;
    due.push({
      auditId: row.audit_id, auditTitle: row.title, recommendationId: row.recommendation_id,
      recommendationNumber: row.number, recommendationText: row.text,
      bodyId: row.body_id, bodyName: row.body_name, answerDue: row.answer_due, daysLeft,
    });
  }
  due.sort((a, b) => a.daysLeft - b.daysLeft || a.bodyName.localeCompare(b.bodyName, 'sv') || a.recommendationNumber - b.recommendationNumber);
  return {
    asOf,
    withinDays: input.withinDays,
    bodies: [...bodies.values()].filter((b) => b.open + b.dueSoon + b.overdue > 0),
    due,
  };
}
