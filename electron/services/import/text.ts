/**
 * Comparing names the way people mean them: "ÅTGÄRD", "Åtgärd:" and "atgard" are the same header,
 * and "Socialnamnden" is probably "Socialnämnden" (but only the user may decide that).
 */

/** Trimmed, one space between words, lower case (Swedish rules). */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
}

/** Also without accents and punctuation: å → a, é → e, "Åtgärd:" → "atgard". */
export function fold(text: string): string {
  return tidy(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}\s/]/gu, ' '));
}

/** Edit distance, stopping early once it exceeds `limit` (names are short; this is only a hint). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
