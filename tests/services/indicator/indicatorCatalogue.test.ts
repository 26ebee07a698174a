import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { FileSession } from '../../../electron/main/fileSession';
import { createContext } from '../../../electron/services/context';
import { openPlanFile } from '../../../electron/services/db/openPlanFile';
import { listIndicators } from '../../../electron/services/indicator/indicators';
import type { Indicator } from '@shared/domain/types';
import { createTestPlanFile, tempDir, withDemoPlan } from '../../helpers/planFile';
import { OJ_EXCERPT, ojIndicatorsFromExcerpt, type ExcerptIndicator } from '../../helpers/ojIndicatorExcerpt';

/** The excerpt's text lost its hyphens in PDF extraction ("barn och ungdomsvården", "LSSverksamheten"). */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/g, '');
}

/** Every way the stored catalogue differs from SKL's table, row by row; empty when they agree. */
function differences(stored: Indicator[], excerpt: ExcerptIndicator[]): string[] {
  const found: string[] = [];
  if (stored.length !== excerpt.length) found.push(`${stored.length} indicators, the table has ${excerpt.length}`);
  excerpt.forEach((row, i) => {
    const indicator = stored[i];
    if (!indicator || comparable(indicator.text) !== comparable(row.text)) found.push(`row ${i + 1}: ”${indicator?.text}” where the table has ”${row.text}”`);
    else if (indicator.nationalShareYes !== row.share) found.push(`row ${i + 1}: ${indicator.nationalShareYes} % where the table has ${row.share} %`);
    else if (indicator.qualityArea !== row.qualityArea || indicator.indicatorArea !== row.indicatorArea) found.push(`row ${i + 1}: areas ${indicator.qualityArea} / ${indicator.indicatorArea}`);
    else if (indicator.origin !== 'ÖJ Brottsoffer 2015') found.push(`row ${i + 1}: origin ${indicator.origin}`);
  });
  return found;
}

async function ok<T>(result: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

describe('the ÖJ Brottsoffer 2015 catalogue', () => {
  it('adds all 60 indicators with the national shares of SKL 2016, Bilaga 4, read back from the plan file', async () => {
    const excerpt = ojIndicatorsFromExcerpt();
    expect(excerpt).toHaveLength(60);
    const { session, file } = createTestPlanFile();
    expect(await ok(dispatch(session, 'getIndicatorCatalogueInfo', {}))).toMatchObject({ total: 60, missing: 60, year: 2015 });
    expect(await ok(dispatch(session, 'addIndicatorCatalogue', {}))).toEqual({ added: 60, alreadyPresent: 0 });
    const path = file.path;
    file.db.close();

    const reopened = openPlanFile(path, { readOnly: true });
    const stored = listIndicators(createContext(reopened.db, 'test'));
    reopened.db.close();
    // Stored in the table's order, so the Indikatorer view and the report list them as SKL does.
    expect(differences(stored, excerpt)).toEqual([]);
  });

  it('the comparison with the excerpt notices a wrong share, a wrong name and a changed order', () => {
    const { ctx } = withDemoPlan();
    const stored = listIndicators(ctx);
    const excerpt = ojIndicatorsFromExcerpt();
    expect(differences(stored, excerpt)).toEqual([]);
    const text = readFileSync(OJ_EXCERPT, 'utf8');
    expect(differences(stored, ojIndicatorsFromExcerpt(text.replace('Social jourverksamhet\t72 %', 'Social jourverksamhet\t27 %'))))
      .toEqual(['row 60: 72 % where the table has 27 %']);
    expect(differences(stored, ojIndicatorsFromExcerpt(text.replace('Stödsamtal till vuxna som utövat våld', 'Stödsamtal till vuxna'))))
      .toEqual(["row 24: ”Stödsamtal till vuxna som utövat våld” where the table has ”Stödsamtal till vuxna”"]);
    expect(differences(stored, [excerpt[1], excerpt[0], ...excerpt.slice(2)])).toHaveLength(2);
  });

  it('adds only what is missing, leaves existing indicators and values alone, and one undo takes it back', async () => {
    const { session } = withDemoPlan();
    const before = await ok<Indicator[]>(dispatch(session, 'listIndicators', {}));
    expect(before).toHaveLength(60);
    const first = before.find((i) => i.code === 'OJ15-01')!;
    await ok(dispatch(session, 'deleteIndicator', { id: before.find((i) => i.code === 'OJ15-60')!.id }));
    expect(await ok(dispatch(session, 'getIndicatorCatalogueInfo', {}))).toMatchObject({ missing: 1 });
    expect(await ok(dispatch(session, 'addIndicatorCatalogue', {}))).toEqual({ added: 1, alreadyPresent: 59 });
    const after = await ok<Indicator[]>(dispatch(session, 'listIndicators', {}));
    expect(after.find((i) => i.code === 'OJ15-01')!.values).toEqual(first.values);
    expect(await ok(dispatch(session, 'addIndicatorCatalogue', {}))).toEqual({ added: 0, alreadyPresent: 60 });

    await ok(dispatch(session, 'deleteIndicator', { id: after.find((i) => i.code === 'OJ15-02')!.id }));
    await ok(dispatch(session, 'addIndicatorCatalogue', {}));
    await ok(dispatch(session, 'undoLastChange', {}));
    expect((await ok<Indicator[]>(dispatch(session, 'listIndicators', {}))).some((i) => i.code === 'OJ15-02')).toBe(false);
  });

  it('a new plan file starts with the catalogue and nothing to undo; the demo has it with its values', async () => {
    const files = new FileSession('test');
    files.create(join(tempDir(), 'ny.sqlite'));
    const session = files.current()!;
    expect(await ok<Indicator[]>(dispatch(session, 'listIndicators', {}))).toHaveLength(60);
    expect(await ok(dispatch(session, 'getUndoState', {}))).toBeNull();
    files.close();

    const { ctx } = withDemoPlan();
    const demo = listIndicators(ctx);
    expect(demo).toHaveLength(60);
    expect(demo.filter((i) => i.values.length > 0).length).toBeGreaterThan(0);
  });

  it('refuses a value outside Ja/Delvis/Nej (2/1/0) and writes nothing', async () => {
    const { session, file } = createTestPlanFile();
    await ok(dispatch(session, 'addIndicatorCatalogue', {}));
    const [indicator] = await ok<Indicator[]>(dispatch(session, 'listIndicators', {}));
    const changes = file.db.prepare('SELECT COUNT(*) AS n FROM change_log').get();
    for (const score of [3, -1, 1.5, 'Ja']) {
      const result = await dispatch(session, 'setIndicatorValue', { indicatorId: indicator.id, year: 2026, score });
      expect(result.ok, String(score)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^Värde/);
    }
    expect(file.db.prepare('SELECT COUNT(*) AS n FROM indicator_value').get()).toEqual({ n: 0 });
    expect(file.db.prepare('SELECT COUNT(*) AS n FROM change_log').get()).toEqual(changes);
  });
});
