import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, contract } from '@shared/api/contract';

const API_DIR = join(__dirname, '../../../shared/api');

/** Every `<feature>Calls` object exported by a file in shared/api, with the file it came from. */
async function featureCalls(): Promise<{ file: string; names: string[] }[]> {
  const found: { file: string; names: string[] }[] = [];
  for (const file of readdirSync(API_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const module = (await import(join(API_DIR, file))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(module)) {
      if (exported.endsWith('Calls') && typeof value === 'object' && value !== null) found.push({ file, names: Object.keys(value) });
    }
  }
  return found;
}

describe('the contract is the union of the feature files', () => {
  it('holds every feature entry exactly once, and nothing else', async () => {
    const features = await featureCalls();
    expect(features.length).toBeGreaterThan(5);
    const all = features.flatMap((f) => f.names);
    // A name in two features would be silently overwritten by the spread.
    expect(all.filter((name, i) => all.indexOf(name) !== i)).toEqual([]);
    expect([...all].sort()).toEqual([...CALL_NAMES].sort());
  });

  it('keeps each entry as its feature file made it', async () => {
    for (const { file } of await featureCalls()) {
      const module = (await import(join(API_DIR, file))) as Record<string, Record<string, unknown>>;
      for (const [exported, calls] of Object.entries(module)) {
        if (!exported.endsWith('Calls')) continue;
        for (const [name, spec] of Object.entries(calls)) expect(contract[name as keyof typeof contract]).toBe(spec);
      }
    }
  });
});
