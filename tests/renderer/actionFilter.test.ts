import { describe, expect, it } from 'vitest';
import type { EffectiveStatus } from '@shared/domain/status';
import type { ActionStatusRow, Responsibility } from '@shared/domain/types';
import {
  EMPTY_FILTER, filterActions, filterSummary, groupByArea, isFilterActive, PLAN_ORDER, sortActions, type ActionFilter,
} from '@renderer/filters/actionFilter';

const TODAY = '2026-11-26';
const SN: Responsibility = { bodyId: 2, bodyName: 'Socialnämnden', role: 'huvudansvarig' };
const KS: Responsibility = { bodyId: 1, bodyName: 'Kommunstyrelsen', role: 'huvudansvarig' };
const BUN: Responsibility = { bodyId: 3, bodyName: 'Barn- och utbildningsnämnden', role: 'medansvarig' };

let nextId = 1;
function row(fields: Partial<ActionStatusRow> & { effectiveStatus?: EffectiveStatus }): ActionStatusRow {
  const id = nextId++;
  return {
    id, planId: 1, areaId: 10, position: id, number: `1.${id}`, title: `Åtgärd ${id}`, description: '', proposedMeasures: '',
    startDate: '2024-01-01', deadline: null, indicatorText: '', responsible: [SN], createdAt: '', updatedAt: '', version: 1,
    areaName: 'Insatser', latestStatus: null, latestAssessment: null, latestComment: '', latestReportedOn: null,
    latestStopDecision: '', latestStopDecidedBy: '', latestStopDecidedOn: null, effectiveStatus: 'ingen_uppfoljning', notReportedInYear: false, measureCount: 0, ...fields,
  };
}

const filter = (patch: Partial<ActionFilter>): ActionFilter => ({ ...EMPTY_FILTER, ...patch });

describe('filterActions', () => {
  const late = row({ number: '1.1', title: 'FREDA-bedömning', deadline: '2025-06-30', effectiveStatus: 'forsenad' });
  const soon = row({ number: '1.2', title: 'Skyddat boende', deadline: '2026-12-20', effectiveStatus: 'pagaende', responsible: [KS, BUN] });
  const later = row({ number: '2.1', areaId: 20, title: 'Våldsutövare', description: 'Behandling i samverkan med Kriminalvården', deadline: '2027-02-15', effectiveStatus: 'ej_paborjad' });
  const ongoing = row({ number: '2.2', areaId: 20, title: 'Löpande samordning', deadline: null, effectiveStatus: 'genomford', responsible: [KS] });
  const rows = [late, soon, later, ongoing];

  it('returns every row when nothing is filtered', () => {
    expect(filterActions(rows, EMPTY_FILTER, TODAY)).toEqual(rows);
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
  });

  it('filters by område, status and any responsible nämnd (huvudansvarig or medansvarig)', () => {
    expect(filterActions(rows, filter({ areaId: 20 }), TODAY)).toEqual([later, ongoing]);
    expect(filterActions(rows, filter({ status: 'forsenad' }), TODAY)).toEqual([late]);
    expect(filterActions(rows, filter({ bodyId: BUN.bodyId }), TODAY)).toEqual([soon]);
    expect(filterActions(rows, filter({ bodyId: SN.bodyId, status: 'forsenad' }), TODAY)).toEqual([late]);
    expect(filterActions(rows, filter({ bodyId: SN.bodyId, status: 'genomford' }), TODAY)).toEqual([]);
  });

  it('deadline windows: passed, within 30 and 90 days including the last day; Löpande matches only "alla"', () => {
    expect(filterActions(rows, filter({ deadline: 'passerade' }), TODAY)).toEqual([late]);
    expect(filterActions(rows, filter({ deadline: 'inom30' }), TODAY)).toEqual([soon]);
    expect(filterActions(rows, filter({ deadline: 'inom90' }), TODAY)).toEqual([soon, later]);
    const edge = row({ deadline: '2026-12-26' });
    expect(filterActions([edge], filter({ deadline: 'inom30' }), TODAY)).toEqual([edge]);
    expect(filterActions([row({ deadline: '2026-12-27' })], filter({ deadline: 'inom30' }), TODAY)).toEqual([]);
    expect(filterActions([row({ deadline: TODAY })], filter({ deadline: 'passerade' }), TODAY)).toEqual([]);
  });

  it('free text matches number, title and description, case-insensitively, every word', () => {
    expect(filterActions(rows, filter({ text: 'freda' }), TODAY)).toEqual([late]);
    expect(filterActions(rows, filter({ text: '2.1' }), TODAY)).toEqual([later]);
    expect(filterActions(rows, filter({ text: 'KRIMINALVÅRDEN' }), TODAY)).toEqual([later]);
    expect(filterActions(rows, filter({ text: 'samverkan kriminal' }), TODAY)).toEqual([later]);
    expect(filterActions(rows, filter({ text: 'samverkan boende' }), TODAY)).toEqual([]);
    expect(filterActions(rows, filter({ text: '   ' }), TODAY)).toEqual(rows);
  });
});

describe('sortActions', () => {
  const a = row({ areaId: 1, number: '1.10', title: 'Öppna mottagningar', deadline: null, effectiveStatus: 'pagaende', latestReportedOn: '2026-01-01' });
  const b = row({ areaId: 1, number: '1.9', title: 'Äldre', deadline: '2025-01-01', effectiveStatus: 'forsenad' });
  const c = row({ areaId: 1, number: '1.2', title: 'Arbete', deadline: '2026-01-01', effectiveStatus: 'genomford', latestReportedOn: '2025-05-05' });
  const d = row({ areaId: 2, number: '2.1', title: 'Aaa', deadline: '2020-01-01', effectiveStatus: 'forsenad' });
  const areas = [1, 2];

  it('keeps the plan order, grouped by område in the plan’s order', () => {
    expect(sortActions([d, a, b, c], PLAN_ORDER, areas)).toEqual([a, b, c, d]);
    expect(sortActions([a, d], PLAN_ORDER, [2, 1])).toEqual([d, a]);
  });

  it('sorts numbers naturally (1.9 before 1.10) and Swedish titles (Ä, Ö last) within each område', () => {
    expect(sortActions([a, b, c, d], { key: 'number', direction: 'ascending' }, areas)).toEqual([c, b, a, d]);
    expect(sortActions([a, b, c, d], { key: 'number', direction: 'descending' }, areas)).toEqual([a, b, c, d]);
    expect(sortActions([a, b, c, d], { key: 'title', direction: 'ascending' }, areas)).toEqual([c, b, a, d]);
  });

  it('puts empty values last in both directions (Löpande, never reported)', () => {
    expect(sortActions([a, b, c], { key: 'deadline', direction: 'ascending' }, areas)).toEqual([b, c, a]);
    expect(sortActions([a, b, c], { key: 'deadline', direction: 'descending' }, areas)).toEqual([c, b, a]);
    expect(sortActions([a, b, c], { key: 'lastReport', direction: 'descending' }, areas)).toEqual([a, c, b]);
  });

  it('sorts status most urgent first', () => {
    expect(sortActions([a, b, c], { key: 'status', direction: 'ascending' }, areas)).toEqual([b, a, c]);
  });

  it('does not change the input array', () => {
    const input = [c, b, a];
    sortActions(input, { key: 'number', direction: 'ascending' }, areas);
    expect(input).toEqual([c, b, a]);
  });
});

describe('groupByArea', () => {
  const areas = [{ id: 1, name: 'Ett' }, { id: 2, name: 'Två' }, { id: 3, name: 'Tre' }];
  const rows = [row({ areaId: 1 }), row({ areaId: 1 }), row({ areaId: 3 })];

  it('groups the first `limit` rows under their områden', () => {
    expect(groupByArea(rows, areas, 200).map((g) => [g.area.name, g.rows.length])).toEqual([['Ett', 2], ['Tre', 1]]);
    expect(groupByArea(rows, areas, 2).map((g) => [g.area.name, g.rows.length])).toEqual([['Ett', 2]]);
  });

  it('lists empty områden too when asked', () => {
    expect(groupByArea(rows, areas, 200, true).map((g) => [g.area.name, g.rows.length])).toEqual([['Ett', 2], ['Två', 0], ['Tre', 1]]);
  });
});

describe('filterSummary', () => {
  it('says how many of how many, and names each filter', () => {
    expect(filterSummary(12, 33, filter({ bodyId: 2, status: 'forsenad' }), { body: 'Socialnämnden' }))
      .toBe('Visar 12 av 33 åtgärder · Socialnämnden · Försenad');
    expect(filterSummary(1, 5, filter({ areaId: 7, deadline: 'inom30', text: ' freda ' }), { area: 'Information' }))
      .toBe('Visar 1 av 5 åtgärder · Information · Klart senast: inom 30 dagar · Sökord ”freda”');
  });

  it('without a filter says all are shown, with Swedish thousands separators', () => {
    expect(filterSummary(33, 33, EMPTY_FILTER, {})).toBe('Visar alla 33 åtgärder');
    expect(filterSummary(5000, 5000, EMPTY_FILTER, {})).toBe('Visar alla 5\u00a0000 åtgärder');
    expect(filterSummary(1, 1, EMPTY_FILTER, {})).toBe('Visar 1 åtgärd');
  });
});
