import { describe, expect, it } from 'vitest';
import { revisionStatus } from '@shared/domain/planRevision';
import { createTestPlanFile, tableRows } from '../../helpers/planFile';
import { call, refusal } from '../import/importHelpers';

const plan = { decidedOn: '2022-03-28', revisionIntervalYears: 2 };

describe('revisionStatus: the next revision is due from the latest one and the interval', () => {
  it.each([
    { name: 'never revised, counted from the beslut, overdue', revisions: [], asOf: '2026-11-26', nextDue: '2024-03-28', overdue: true, from: 'beslut' },
    { name: 'never revised, not yet due', revisions: [], asOf: '2024-03-28', nextDue: '2024-03-28', overdue: false, from: 'beslut' },
    { name: 'revised, counted from the latest revision', revisions: ['2024-05-20', '2023-01-10'], asOf: '2026-05-19', nextDue: '2026-05-20', overdue: false, from: 'revision' },
    { name: 'revised, overdue the day after', revisions: ['2024-05-20'], asOf: '2026-05-21', nextDue: '2026-05-20', overdue: true, from: 'revision' },
    { name: 'a revision after the date is not yet made', revisions: ['2026-06-01'], asOf: '2025-01-01', nextDue: '2024-03-28', overdue: true, from: 'beslut' },
  ])('$name', ({ revisions, asOf, nextDue, overdue, from }) => {
    const status = revisionStatus(plan, revisions.map((revisedOn) => ({ revisedOn, decidedBy: 'KF', diaryNumber: '' })), asOf);
    expect(status).toMatchObject({ nextDue, overdue, countedFrom: from, intervalYears: 2 });
  });

  it('has no due date without an interval or a date to count from', () => {
    expect(revisionStatus({ decidedOn: '2022-03-28', revisionIntervalYears: null }, [], '2030-01-01')).toMatchObject({ nextDue: null, overdue: false });
    expect(revisionStatus({ decidedOn: null, revisionIntervalYears: 2 }, [], '2030-01-01')).toMatchObject({ nextDue: null, overdue: false, countedFrom: null });
  });
});

describe('plan revisions through the API', () => {
  async function planFile() {
    const t = createTestPlanFile();
    const created = await call(t.session, 'createPlan', { name: 'Handlingsplan', decidedOn: '2022-03-28', revisionIntervalYears: 2 });
    return { ...t, planId: created.id };
  }

  it('records, changes and removes a revision, each logged and undoable, and moves the next due date', async () => {
    const { session, file, planId } = await planFile();
    expect(await call(session, 'getRevisionStatus', { planId })).toMatchObject({ nextDue: '2024-03-28', overdue: true });
    const revision = await call(session, 'createRevision', {
      planId, revisedOn: '2024-05-20', decidedBy: 'Kommunfullmäktige', diaryNumber: 'KS 2024/101', changes: 'Nytt område Samordning.',
    });
    expect(await call(session, 'getRevisionStatus', { planId })).toMatchObject({ nextDue: '2026-05-20', overdue: true, countedFrom: 'revision' });
    expect(await call(session, 'getRevisionStatus', { planId, asOf: '2026-01-01' })).toMatchObject({ overdue: false });

    await call(session, 'updateRevision', { id: revision.id, patch: { revisedOn: '2025-02-10' } });
    expect((await call(session, 'listRevisions', { planId }))[0]).toMatchObject({ revisedOn: '2025-02-10', decidedBy: 'Kommunfullmäktige' });
    const changes = await call(session, 'listChanges', { since: '2000-01-01', planId, limit: 50 });
    expect(changes.filter((c) => c.entity === 'plan_revision').map((c) => [c.operation, c.field, c.oldValue, c.newValue])).toEqual([
      ['update', 'revisedOn', '2024-05-20', '2025-02-10'],
      ['create', null, null, expect.stringContaining('Kommunfullmäktige')],
    ]);

    await call(session, 'deleteRevision', { id: revision.id });
    expect(await call(session, 'listRevisions', { planId })).toEqual([]);
    await call(session, 'undoLastChange', {});
    await call(session, 'undoLastChange', {});
    expect(tableRows(file, 'plan_revision')).toEqual([expect.objectContaining({ revised_on: '2024-05-20' })]);
  });

  it('refuses a revision in the future or before the plan was decided, naming the field, and writes nothing', async () => {
    const { session, file, planId } = await planFile();
    const future = await refusal(session, 'createRevision', { planId, revisedOn: '2027-01-01' });
    expect(future.problems).toEqual([{ field: 'revisedOn', message: 'Datum för revideringen kan inte ligga i framtiden.' }]);
    const early = await refusal(session, 'createRevision', { planId, revisedOn: '2021-01-01' });
    expect(early.message).toBe('Datum för revideringen kan inte ligga före planens beslutsdatum 2022-03-28.');
    const badDate = await refusal(session, 'createRevision', { planId, revisedOn: '2024-02-30' });
    expect(badDate.message).toContain('Datum för revideringen');
    expect(tableRows(file, 'plan_revision')).toEqual([]);
  });
});
