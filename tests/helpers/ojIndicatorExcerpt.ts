import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bilaga 4 of SKL 2016, kept in the repository (see tests/fixtures/seeds/README.md for its source). */
export const OJ_EXCERPT = join(import.meta.dirname, '../fixtures/seeds/oj-brottsoffer-2015-bilaga4.txt');

export interface ExcerptIndicator { qualityArea: string; indicatorArea: string; text: string; share: number }

/**
 * Tabell 2 of the excerpt: one row per indicator, tab-separated; a blank kvalitetsområde or
 * indikatorområde means "the same as the row above", as in the printed table.
 */
export function ojIndicatorsFromExcerpt(text: string = readFileSync(OJ_EXCERPT, 'utf8')): ExcerptIndicator[] {
  const start = text.indexOf('BILAGA 4');
  if (start < 0) throw new Error(`Bilaga 4 not found in ${OJ_EXCERPT}`);
  const rows: ExcerptIndicator[] = [];
  let qualityArea = '';
  let indicatorArea = '';
  for (const line of text.slice(start).split('\n')) {
    const match = /^([^\t]*)\t([^\t]*)\t([^\t]+)\t(\d+) %\s*$/.exec(line);
    if (!match) continue;
    qualityArea = match[1].trim() || qualityArea;
    indicatorArea = match[2].trim() || indicatorArea;
    rows.push({ qualityArea, indicatorArea, text: match[3].trim(), share: Number(match[4]) });
  }
  return rows;
}
