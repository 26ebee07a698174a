/**
 * Random and malformed API payloads for the fuzz test: wrong types, huge strings, unicode edge
 * cases, SQL fragments and prototype-pollution keys, mixed into objects with the real field names.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STRINGS = [
  '', ' ', 'x'.repeat(300_001), '\u0000', '\uD800', '🙂🏳️‍🌈', '\u202Eåtgärd', 'Ω≈ç√∫', 'null', 'undefined', 'NaN',
  // '../../etc/passwd' climbs out on purpose: a path the API must refuse.
  "'; DROP TABLE action; --", '1 OR 1=1', '" OR ""="', '<script>alert(1)</script>', '../../etc/passwd', '%s%s%s%n',
  '2026-02-30', '9999-99-99', '2026-11-26', 'genomford', 'ja', 'namnd', '__proto__', 'constructor',
  // What XML forbids and the text rule refuses or cleans (shared/textRule.ts).
  'a\uFFFEb', '\uDFFF', '\u{1FFFF}', '\uFDD0', 'a\u0001\u0008\u001Bb', 'rad\r\nrad\u000Brad\u000Crad', 'a\u030A', '\u0085\u009F',
];

const POLLUTION = [
  '{"__proto__":{"polluted":"ja"}}',
  '{"constructor":{"prototype":{"polluted":"ja"}}}',
  '{"id":1,"__proto__":{"isAdmin":true}}',
  '{"patch":{"__proto__":{"polluted":"ja"}},"id":1}',
];

export function randomValue(random: () => number, depth = 0): unknown {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  switch (Math.floor(random() * 11)) {
    case 0: return null;
    case 1: return pick([true, false]);
    case 2: return pick([0, -1, 1, 2, 3, 1.5, 2 ** 53, -(2 ** 63), 1e308, -0]);
    case 3: return pick(STRINGS);
    case 4: return Math.floor(random() * 40) + 1;
    case 5: return depth < 2 ? [randomValue(random, depth + 1), randomValue(random, depth + 1)] : [];
    case 6: return depth < 2 ? { [pick(['id', 'name', 'x'])]: randomValue(random, depth + 1) } : {};
    case 7: return JSON.parse(pick(POLLUTION));
    case 8: return pick(['2026-11-26', '2025-12-31', '1900-01-01']);
    case 9: return pick(['genomford', 'pagaende', 'klar', 'ja', 'kanske', 'namnd', 'bolag']);
    default: return undefined;
  }
}

/** An object using some of the call's real keys with random values, or something that is not an object at all. */
export function randomPayload(random: () => number, keys: string[]): unknown {
  const shape = random();
  if (shape < 0.15) return randomValue(random);
  if (shape < 0.25) return JSON.parse(POLLUTION[Math.floor(random() * POLLUTION.length)]);
  const payload: Record<string, unknown> = {};
  for (const key of keys) if (random() < 0.7) payload[key] = randomValue(random);
  if (random() < 0.3) payload[['extra', 'sql', '__proto__'][Math.floor(random() * 3)]] = randomValue(random);
  return payload;
}
