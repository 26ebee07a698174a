import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared seed documents sit beside the clone (CI has ../shared too). */
const SEEDS = join(import.meta.dirname, '../..', '..', 'shared', 'seeds');

export function seedText(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`No seed ${prefix}_*.txt in ${SEEDS}`);
  return readFileSync(join(SEEDS, name), 'utf8');
}

export interface SeedIndicator { qualityArea: string; indicatorArea: string; text: string; share: number }

/**
 * Seed 004, Bilaga 4 (Tabell 2): one row per indicator, tab-separated; a blank kvalitetsområde or
 * indikatorområde means "the same as the row above", as in the printed table.
 */
export function ojIndicatorsFromSeed(): SeedIndicator[] {
  const text = seedText('004');
  const start = text.indexOf('BILAGA 4');
  if (start < 0) throw new Error('Bilaga 4 not found in seed 004');
  const rows: SeedIndicator[] = [];
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
