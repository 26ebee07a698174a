import { describe, expect, it } from 'vitest';
import { tableRows, withDemoPlan } from '../../helpers/planFile';
import { call, refusal } from '../import/importHelpers';

async function demo() {
  const t = withDemoPlan();
  const areas = await call(t.session, 'listAreas', { planId: 1 });
  const sources = await call(t.session, 'listSources', {});
  return { ...t, areas, sources };
}

describe('iakttagelser per område and year, with källor from the register', () => {
  it('suggests the overdue revision and the avbrutna without beslut, in a revisor’s voice', async () => {
    const { session, areas } = await demo();
    const { findings, suggestions } = await call(session, 'listReportFindings', { planId: 1, year: 2026 });
    expect(findings).toEqual([]);
    expect(suggestions).toEqual([
      { key: 'revision', areaId: null, text: 'Vi noterar att handlingsplanen ska revideras vartannat år men att den inte har reviderats sedan den beslutades. '
        + 'En revidering skulle ha beslutats senast den 28 mars 2024.' },
      { key: 'avbruten-utan-beslut', areaId: areas[1].id, text: expect.stringMatching(/^Vi noterar att åtgärd 2\.4 har rapporterats som avbruten utan att/) },
      { key: 'avbruten-utan-beslut', areaId: areas[5].id, text: expect.stringContaining('åtgärd 6.2') },
    ]);
    // In 2023 the revision was not yet due and nothing had been stopped.
    expect((await call(session, 'listReportFindings', { planId: 1, year: 2023 })).suggestions).toEqual([]);
  });

  it('writes, cites, changes and removes a finding, logged and undoable', async () => {
    const { session, file, areas, sources } = await demo();
    const finding = await call(session, 'createReportFinding', {
      planId: 1, year: 2026, areaId: areas[4].id, text: 'Vi noterar att kartläggningen från 2024 inte har följts upp.', sourceIds: [sources[0].id, sources[0].id],
    });
    expect(finding).toMatchObject({ areaId: areas[4].id, sourceIds: [sources[0].id], suggestion: null, createdBy: 'testare' });
    const changed = await call(session, 'updateReportFinding', { id: finding.id, patch: { sourceIds: [sources[1].id, sources[2].id], text: 'Ny text.' } });
    expect(changed).toMatchObject({ text: 'Ny text.', sourceIds: [sources[1].id, sources[2].id].sort((a, b) => a - b) });
    const log = await call(session, 'listChanges', { since: '2000-01-01', planId: 1, limit: 20 });
    expect(log.filter((c) => c.entity === 'report_finding').map((c) => `${c.operation} ${c.field ?? ''}`.trim())).toEqual(['update sourceIds', 'update text', 'create']);

    await call(session, 'deleteReportFinding', { id: finding.id });
    expect(file.db.prepare('SELECT COUNT(*) AS n FROM report_finding_source').get()).toEqual({ n: 0 });
    await call(session, 'undoLastChange', {});
    expect((await call(session, 'listReportFindings', { planId: 1, year: 2026 })).findings).toEqual([changed]);
    // A source deleted from the register leaves the finding, without the citation.
    await call(session, 'deleteSource', { id: sources[1].id });
    expect((await call(session, 'listReportFindings', { planId: 1, year: 2026 })).findings[0].sourceIds).toEqual([sources[2].id]);
  });

  it('a suggestion rewritten or removed is not offered again that year, and removing the rewritten one keeps it away', async () => {
    const { session, areas } = await demo();
    const rewritten = await call(session, 'createReportFinding', { planId: 1, year: 2026, suggestion: 'revision', text: 'Vi noterar att planen inte har reviderats.' });
    await call(session, 'dismissFindingSuggestion', { planId: 1, year: 2026, areaId: areas[1].id, suggestion: 'avbruten-utan-beslut' });
    let listed = await call(session, 'listReportFindings', { planId: 1, year: 2026 });
    expect(listed.findings.map((f) => f.text)).toEqual(['Vi noterar att planen inte har reviderats.']);
    expect(listed.suggestions.map((s) => [s.key, s.areaId])).toEqual([['avbruten-utan-beslut', areas[5].id]]);
    await call(session, 'deleteReportFinding', { id: rewritten.id });
    listed = await call(session, 'listReportFindings', { planId: 1, year: 2026 });
    expect(listed.findings).toEqual([]);
    expect(listed.suggestions.map((s) => s.key)).toEqual(['avbruten-utan-beslut']);
    // Another year still gets the suggestion.
    expect((await call(session, 'listReportFindings', { planId: 1, year: 2025 })).suggestions.map((s) => s.key)).toContain('revision');
    // Ctrl+Z brings the rewritten one back.
    await call(session, 'undoLastChange', {});
    expect((await call(session, 'listReportFindings', { planId: 1, year: 2026 })).findings.map((f) => f.id)).toEqual([rewritten.id]);
  });

  it('refuses an empty text, an unknown källa, a suggestion that does not apply and a closed year, writing nothing', async () => {
    const { session, file, areas } = await demo();
    const empty = await refusal(session, 'createReportFinding', { planId: 1, year: 2026, text: '   ' });
    expect(empty.problems?.[0].field).toBe('text');
    const unknown = await refusal(session, 'createReportFinding', { planId: 1, year: 2026, text: 'Text.', sourceIds: [9999] });
    expect(unknown.problems).toEqual([{ field: 'sourceIds', message: 'Källan finns inte i källregistret (id 9999).' }]);
    const notSuggested = await refusal(session, 'createReportFinding', { planId: 1, year: 2023, suggestion: 'revision', text: 'Text.' });
    expect(notSuggested.problems).toEqual([{ field: 'suggestion', message: 'Förslaget till iakttagelse gäller inte längre, eller är redan omskrivet eller borttaget.' }]);
    const wrongArea = await refusal(session, 'dismissFindingSuggestion', { planId: 1, year: 2026, areaId: areas[0].id, suggestion: 'avbruten-utan-beslut' });
    expect(wrongArea.problems?.[0].field).toBe('suggestion');
    await call(session, 'closeReportYear', { planId: 1, year: 2025 });
    const closed = await refusal(session, 'createReportFinding', { planId: 1, year: 2025, text: 'Text.' });
    expect(closed.message).toMatch(/^År 2025 är stängt/);
    expect(tableRows(file, 'report_finding')).toEqual([]);
  });
});

describe('the källförteckning’s own documents and intervjuer', () => {
  it('adds an intervju to the register and the year in one step, adds a register source, and removes it again', async () => {
    const { session, file, sources } = await demo();
    const intervju = await call(session, 'createReportSource', { planId: 1, year: 2026, title: 'Enhetschef, Utredning vuxna', kind: 'intervju', publishedOn: '2026-10-02' });
    expect(intervju).toMatchObject({ kind: 'intervju', title: 'Enhetschef, Utredning vuxna' });
    await call(session, 'addReportSource', { planId: 1, year: 2026, sourceId: sources[0].id });
    expect((await call(session, 'listReportSources', { planId: 1, year: 2026 })).map((s) => s.id)).toEqual([sources[0].id, intervju.id]);
    const twice = await refusal(session, 'addReportSource', { planId: 1, year: 2026, sourceId: sources[0].id });
    expect(twice.message).toContain('finns redan i källförteckningen för 2026');
    await call(session, 'removeReportSource', { planId: 1, year: 2026, sourceId: sources[0].id });
    expect((await call(session, 'listReportSources', { planId: 1, year: 2026 })).map((s) => s.id)).toEqual([intervju.id]);
    await call(session, 'undoLastChange', {});
    await call(session, 'undoLastChange', {});
    await call(session, 'undoLastChange', {});
    expect(file.db.prepare('SELECT COUNT(*) AS n FROM report_source').get()).toEqual({ n: 0 });
    expect((await call(session, 'listSources', {})).some((s) => s.id === intervju.id)).toBe(false);
  });
});
