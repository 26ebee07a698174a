/**
 * Follow-up periods: the plan says how often nämnderna report (its followUpRhythm), and a period
 * is named the way status reports name it ("2026-T3", "2026-H2", "2026"). Pure string arithmetic
 * on ISO dates, so it behaves the same in every time zone.
 */
/** How often the nämnder report on a plan, and how finely a trend is drawn: per år, halvår or tertial. */
export const FOLLOW_UP_RHYTHMS = ['år', 'halvår', 'tertial'] as const;
export type FollowUpRhythm = (typeof FOLLOW_UP_RHYTHMS)[number];

export interface FollowUpPeriod {
  /** As status reports name it: "2026-T3", "2026-H2", "2026". */
  key: string;
  /** Short: "T3 2026", "H1 2026", "2026". */
  name: string;
  /** As people say it: "T3 2026 (september–december)", "H1 2026 (januari–juni)", "2026". */
  label: string;
  /** First and last day, ISO 'YYYY-MM-DD'. */
  start: string;
  end: string;
}

const MONTH_NAMES = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

interface Part { name: string; firstMonth: number; lastMonth: number; lastDay: number }

/** The parts of a year per rhythm: tertial T1 jan–apr, T2 maj–aug, T3 sep–dec; halvår H1/H2; år. */
const PARTS: Record<FollowUpRhythm, Part[]> = {
  tertial: [
    { name: 'T1', firstMonth: 1, lastMonth: 4, lastDay: 30 },
    { name: 'T2', firstMonth: 5, lastMonth: 8, lastDay: 31 },
    { name: 'T3', firstMonth: 9, lastMonth: 12, lastDay: 31 },
  ],
  halvår: [
    { name: 'H1', firstMonth: 1, lastMonth: 6, lastDay: 30 },
    { name: 'H2', firstMonth: 7, lastMonth: 12, lastDay: 31 },
  ],
  år: [{ name: '', firstMonth: 1, lastMonth: 12, lastDay: 31 }],
};

const pad = (n: number): string => String(n).padStart(2, '0');

function toPeriod(year: number, part: Part): FollowUpPeriod {
  const months = `${MONTH_NAMES[part.firstMonth - 1]}–${MONTH_NAMES[part.lastMonth - 1]}`;
  return {
    key: part.name ? `${year}-${part.name}` : String(year),
    name: part.name ? `${part.name} ${year}` : String(year),
    label: part.name ? `${part.name} ${year} (${months})` : String(year),
    start: `${year}-${pad(part.firstMonth)}-01`,
    end: `${year}-${pad(part.lastMonth)}-${pad(part.lastDay)}`,
  };
}

/** The follow-up period that `date` (ISO) falls in. */
export function periodContaining(rhythm: FollowUpRhythm, date: string): FollowUpPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const part = PARTS[rhythm].find((p) => month >= p.firstMonth && month <= p.lastMonth) ?? PARTS[rhythm][0];
  return toPeriod(year, part);
}

/** The period before `period` in the same rhythm (e.g. to say what was due last time). */
export function previousPeriod(rhythm: FollowUpRhythm, period: FollowUpPeriod): FollowUpPeriod {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  return month === 1 ? periodContaining(rhythm, `${year - 1}-12-31`) : periodContaining(rhythm, `${year}-${pad(month - 1)}-01`);
}

export function isInPeriod(date: string, period: FollowUpPeriod): boolean {
  return date >= period.start && date <= period.end;
}

const PART_BY_NAME = new Map(Object.values(PARTS).flat().map((p) => [p.name, p]));
/** Keys repeat (every utfall of a year has the same one), and a period is a plain value: read each key once. */
const byKey = new Map<string, FollowUpPeriod | null>();

/** The period a key names ("2026-T3", "2026-H1", "2026"), or null when the key is not one. */
export function periodFromKey(key: string): FollowUpPeriod | null {
  let period = byKey.get(key);
  if (period !== undefined) return period;
  const match = /^(\d{4})(?:-([HT]\d))?$/.exec(key.trim());
  const part = match ? PART_BY_NAME.get(match[2] ?? '') : undefined;
  period = match && part && Number(match[1]) >= 1900 && Number(match[1]) <= 2200 ? toPeriod(Number(match[1]), part) : null;
  if (byKey.size < 10_000) byKey.set(key, period);
  return period;
}
