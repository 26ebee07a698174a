/**
 * Lists in running text: "a, b och c". When an item itself contains "och" ("Främjande och
 * förebyggande"), a joined list can no longer be read, so it becomes a bulleted list instead.
 */
export function joinList(items: readonly string[], conjunction: 'och' | 'eller' = 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function needsBullets(items: readonly string[]): boolean {
  return items.length > 1 && items.some((item) => /(^|\s)(och|eller)(\s|$)/i.test(item));
}

/**
 * A sentence that ends in a list: "Planen har tre utvecklingsområden: a, b och c." or, when an
 * item contains "och", the lead followed by a bulleted list in the report's text form
 * (a blank line, then "- " lines; see shared/report/textBlocks.ts).
 */
export function sentenceWithList(lead: string, items: readonly string[], separator: ':' | ' ' = ':'): string {
  if (needsBullets(items)) return `${lead}:\n\n${items.map((item) => `- ${item}`).join('\n')}`;
  return `${lead}${separator === ':' ? ': ' : ' '}${joinList(items)}.`;
}
