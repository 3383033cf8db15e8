/** Views are counted per clock hour; "Most read" adds up the last 24 of them (the current one included). */
export const WINDOW_HOURS = 24;
const HOUR_MS = 3_600_000;

/** The hour a moment falls in, as a number of hours since the epoch: the name of its bucket. */
export function hourOf(at: Date): number {
  return Math.floor(at.getTime() / HOUR_MS);
}

/** The buckets "Most read" adds up at `now`, newest first. */
export function windowHours(now: Date): number[] {
  const current = hourOf(now);
  return Array.from({ length: WINDOW_HOURS }, (_, i) => current - i);
}

export interface StoryCount {
  slug: string;
  count: number;
}

/** Most read first; a tie goes to the slug first in alphabetical order, so the list is the same on every instance. */
export function rank(totals: Map<string, number>): StoryCount[] {
  return [...totals]
    .map(([slug, count]) => ({ slug, count }))
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
