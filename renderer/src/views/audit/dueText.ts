/** "om 9 dagar", "i dag", "3 dagar sedan": how near a due date is, in words. */
export function dueText(daysLeft: number): string {
  if (daysLeft === 0) return 'i dag';
  if (daysLeft === 1) return 'i morgon';
  if (daysLeft > 0) return `om ${daysLeft} dagar`;
  if (daysLeft === -1) return 'i går';
  return `${-daysLeft} dagar sedan`;
}

/** Whole days from `from` to `to`, both ISO dates (calendar days, so time zones do not matter). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
