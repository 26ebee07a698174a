import { describe, expect, it } from 'vitest';
import type { EffectiveStatus } from '@shared/domain/status';
import type { ActionStatusRow, Area } from '@shared/domain/types';
import { groupByArea, groupByBody, inScope, isDueSoon, keyFigures, overdue, select } from '@renderer/views/dashboard/model';
import { countChange, shareChange } from '@renderer/views/dashboard/format';
import { buildSlides, ROWS_PER_SLIDE } from '@renderer/views/presentation/slides';

function row(id: number, areaId: number, status: EffectiveStatus, deadline: string | null, bodies: number[]): ActionStatusRow {
  return {
    id, areaId, areaName: `Område ${areaId}`, number: `${areaId}.${id}`, title: `Åtgärd ${id}`, deadline, effectiveStatus: status,
    responsible: bodies.map((b, i) => ({ bodyId: b, bodyName: `Nämnd ${b}`, role: i === 0 ? 'huvudansvarig' : 'medansvarig' })),
  } as ActionStatusRow;
}

const AREAS = [{ id: 1, name: 'Område 1' }, { id: 2, name: 'Område 2' }, { id: 3, name: 'Tomt område' }] as Area[];
const ROWS = [
  row(1, 1, 'genomford', '2026-01-01', [10]),
  row(2, 1, 'forsenad', '2026-06-30', [10, 11]),
  row(3, 1, 'pagaende', '2026-11-26', [11]),
  row(4, 2, 'pagaende', '2027-02-24', [12, 10]),
  row(5, 2, 'pagaende', '2027-02-25', [12]),
  row(6, 2, 'avbruten', '2026-12-01', [12]),
  row(7, 2, 'ingen_uppfoljning', null, [11]),
];
const AS_OF = '2026-11-26';

describe('dashboard figures', () => {
  it('count every åtgärd once, with the share Genomförd to one decimal', () => {
    const f = keyFigures(ROWS, AS_OF);
    expect(f.total).toBe(7);
    expect(f.counts).toEqual({ genomford: 1, pagaende: 3, ej_paborjad: 0, forsenad: 1, ingen_uppfoljning: 1, avbruten: 1 });
    expect(f.shareDone).toBe(14.3);
    expect(keyFigures([], AS_OF).shareDone).toBeNull();
  });

  it('deadline within 90 days: open åtgärder from the date to 90 days later, both ends included', () => {
    expect(ROWS.filter((r) => isDueSoon(r, AS_OF)).map((r) => r.id)).toEqual([3, 4]);
    expect(keyFigures(ROWS, AS_OF).dueSoon).toBe(2);
  });

  it('per område in the plan’s order, with the empty ones; per nämnd counting every responsible nämnd', () => {
    expect(groupByArea(ROWS, AREAS, { areaId: null, bodyId: null }).map((g) => [g.name, g.total])).toEqual([['Område 1', 3], ['Område 2', 4], ['Tomt område', 0]]);
    expect(groupByBody(ROWS, { areaId: null, bodyId: null }).map((g) => [g.name, g.total, g.counts.pagaende])).toEqual([
      ['Nämnd 10', 3, 1], ['Nämnd 11', 3, 1], ['Nämnd 12', 3, 2],
    ]);
  });

  it('a nämnd filter keeps the åtgärder it shares and shows only that nämnd’s bar', () => {
    const scope = { areaId: null, bodyId: 10 };
    const rows = inScope(ROWS, scope);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 4]);
    expect(groupByBody(rows, scope).map((g) => g.id)).toEqual([10]);
    expect(groupByArea(inScope(ROWS, { areaId: 2, bodyId: null }), AREAS, { areaId: 2, bodyId: null }).map((g) => g.id)).toEqual([2]);
  });

  it('the drill-down lists exactly the åtgärder behind a number', () => {
    expect(select(ROWS, { kind: 'area', id: 2, status: 'pagaende' }, AS_OF).map((r) => r.id)).toEqual([4, 5]);
    expect(select(ROWS, { kind: 'body', id: 11, status: null }, AS_OF).map((r) => r.id)).toEqual([2, 3, 7]);
    expect(select(ROWS, { kind: 'dueSoon' }, AS_OF).map((r) => r.id)).toEqual([3, 4]);
    expect(select(ROWS, { kind: 'status', status: 'avbruten' }, AS_OF).map((r) => r.id)).toEqual([6]);
    expect(overdue(ROWS).map((r) => r.id)).toEqual([2]);
  });

  it('says each change in figures and in words', () => {
    expect(countChange(5, 2, '2025-11-26')).toEqual({ shown: '+3', spoken: '3 fler än per 2025-11-26', direction: 'up' });
    expect(countChange(1, 3, '2025-11-26')).toEqual({ shown: '−2', spoken: '2 färre än per 2025-11-26', direction: 'down' });
    expect(countChange(4, 4, '2025-11-26').spoken).toBe('oförändrat sedan per 2025-11-26');
    expect(shareChange(42.5, 40, '2025-11-26')).toEqual({ shown: '+2,5', spoken: '2,5 procentenheter högre än per 2025-11-26', direction: 'up' });
    expect(shareChange(null, 40, '2025-11-26')).toBeNull();
  });
});

describe('presentation slides', () => {
  it('summary, one per område with åtgärder (continued when long), overdue, and recommendations only if any', () => {
    const many = Array.from({ length: ROWS_PER_SLIDE + 2 }, (_, i) => row(100 + i, 1, 'pagaende', null, [10]));
    const slides = buildSlides({ rows: [...many, ...ROWS.filter((r) => r.areaId === 2)], areas: AREAS, overdue: [], due: [], measures: [] });
    expect(slides.map((s) => s.key)).toEqual(['summary', 'area-1-0', 'area-1-1', 'area-2-0', 'overdue-0']);
    expect(slides[2]).toMatchObject({ kind: 'area', part: 2, parts: 2, total: ROWS_PER_SLIDE + 2 });
    const withDue = buildSlides({ rows: ROWS, areas: AREAS, overdue: overdue(ROWS), due: [{ recommendationId: 1 } as never], measures: [] });
    expect(withDue.at(-1)).toMatchObject({ kind: 'recommendations', total: 1 });
  });

  it('one mått slide per område after its åtgärder, four trends a slide, only the mått of the åtgärder shown', () => {
    const measure = (id: number, areaId: number | null, actionId: number | null) => ({ id, areaId, actionId, name: `Mått ${id}`, values: [] }) as never;
    const rows = ROWS.filter((r) => r.areaId === 1);
    const measures = [measure(1, 1, null), ...[1, 2, 3, 4].map((i) => measure(1 + i, null, rows[0].id)), measure(9, null, 999)];
    const slides = buildSlides({ rows, areas: AREAS, overdue: [], due: [], measures });
    expect(slides.map((s) => s.key)).toEqual(['summary', 'area-1-0', 'measures-1-0', 'measures-1-1', 'overdue-0']);
    expect(slides[2]).toMatchObject({ kind: 'measures', title: '1. Område 1 – mått', total: 5, part: 1, parts: 2 });
    expect((slides[3] as { measures: { id: number }[] }).measures.map((m) => m.id)).toEqual([5]);
  });
});
