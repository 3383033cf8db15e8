import { site } from '@/lib/config/site';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;

export interface StoryAge {
  /** What the notice above the headline says. */
  text: string;
  /** The year of publication in the newsroom's time zone, for the social card. */
  year: string;
}

/**
 * How old a story is, when it is older than `thresholdDays`; null for a recent one.
 * Whole years read best ("more than 2 years old"); below a year, the month says more.
 */
export function storyAge(
  publishedAt: Date,
  now: Date,
  thresholdDays: number = site.ageNoticeDays,
  timeZone: string = site.timeZone,
): StoryAge | null {
  const age = now.getTime() - publishedAt.getTime();
  if (age <= thresholdDays * DAY_MS) return null;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, month: 'long', year: 'numeric' }).formatToParts(
    publishedAt,
  );
  const month = parts.find((p) => p.type === 'month')!.value;
  const year = parts.find((p) => p.type === 'year')!.value;
  const years = Math.floor(age / YEAR_MS);
  const text =
    years >= 1
      ? `This story is more than ${years} ${years === 1 ? 'year' : 'years'} old`
      : `This story is from ${month} ${year}`;
  return { text, year };
}
