import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { FileSession } from '../../../electron/main/fileSession';
import { createContext } from '../../../electron/services/context';
import { openPlanFile } from '../../../electron/services/db/openPlanFile';
import { listIndicators } from '../../../electron/services/indicator/indicators';
import type { Indicator } from '../../../shared/domain/types';
import { createTestPlanFile, tempDir, withDemoPlan } from '../../helpers/planFile';
import { ojIndicatorsFromSeed } from '../../helpers/seeds';

/** The seed's text lost its hyphens in PDF extraction ("barn och ungdomsvården", "LSSverksamheten"). */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/g, '');
}

async function ok<T>(result: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
}

describe('the ÖJ Brottsoffer 2015 catalogue', () => {
  it('adds all 60 indicators with the national shares of seed 004, Bilaga 4, read back from the plan file', async () => {
    const seed = ojIndicatorsFromSeed();
    expect(seed).toHaveLength(60);
    const { session, file } = createTestPlanFile();
    expect(await ok(dispatch(session, 'getIndicatorCatalogueInfo', {}))).toMatchObject({ total: 60, missing: 60, year: 2015 });
    expect(await ok(dispatch(session, 'addIndicatorCatalogue', {}))).toEqual({ added: 60, alreadyPresent: 0 });
    const path = file.path;
    file.db.close();

    const reopened = openPlanFile(path, { readOnly: true });
    const stored = listIndicators(createContext(reopened.db, 'test'));
    reopened.db.close();
    expect(stored).toHaveLength(60);
    const byText = new Map(stored.map((i) => [comparable(i.text), i]));
    for (const row of seed) {
      const indicator = byText.get(comparable(row.text));
      expect(indicator, row.text).toBeDefined();
      expect(indicator).toMatchObject({ nationalShareYes: row.share, qualityArea: row.qualityArea, indicatorArea: row.indicatorArea, origin: 'ÖJ Brottsoffer 2015' });
    }
    // Stored in the table's order, so the Indikatorer view and the report list them as SKL does.
    expect(stored.map((i) => comparable(i.text))).toEqual(seed.map((r) => comparable(r.text)));
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
