import catalogueJson from '../../../resources/indicators/oj-brottsoffer-2015.json';
import type { ServiceContext } from '../context';
import type { CatalogueAdded, CatalogueInfo } from '@shared/domain/indicatorCatalogue';
import { indicatorCatalogueSchema } from '../demo/demoSchema';
import { inTransaction } from '../records';
import { clearUndo } from '../undo/undoJournal';
import { createIndicator } from './indicators';

/**
 * The 60 ÖJ Brottsoffer 2015 indicators with the national share of Ja (seed 004, Bilaga 4),
 * shipped with the app so a kommun can start its yearly self-assessment without typing them in.
 */
export const OJ_CATALOGUE = indicatorCatalogueSchema.parse(catalogueJson);

/** What the indicators keep as their origin, so the view can tell catalogue and own ones apart. */
export const OJ_ORIGIN = 'ÖJ Brottsoffer 2015';

function missingEntries(ctx: ServiceContext): typeof OJ_CATALOGUE.indicators {
  const present = new Set((ctx.db.prepare('SELECT code FROM indicator').all() as { code: string }[]).map((r) => r.code));
  return OJ_CATALOGUE.indicators.filter((entry) => !present.has(entry.code));
}

export function getCatalogueInfo(ctx: ServiceContext): CatalogueInfo {
  return { source: OJ_CATALOGUE.source, year: OJ_CATALOGUE.year, total: OJ_CATALOGUE.indicators.length, missing: missingEntries(ctx).length };
}

/**
 * Adds the catalogue's indicators that the file does not have yet (by code), in one transaction.
 * Indicators already there, and their values, are left as they are.
 */
export function addIndicatorCatalogue(ctx: ServiceContext): CatalogueAdded {
  return inTransaction(ctx, () => {
    const missing = missingEntries(ctx);
    for (const entry of missing) createIndicator(ctx, { ...entry, origin: OJ_ORIGIN });
    return { added: missing.length, alreadyPresent: OJ_CATALOGUE.indicators.length - missing.length };
  });
}

/** A new plan file starts with the catalogue, so the Indikatorer view is ready; there is nothing to undo yet. */
export function startWithCatalogue(ctx: ServiceContext): void {
  addIndicatorCatalogue(ctx);
  clearUndo(ctx);
}
