import { site } from '@/lib/config/site';
import { partsOf } from './newsroomTime';

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
  const get = partsOf(publishedAt, timeZone, { month: 'long', year: 'numeric' });
  const year = get('year');
  const years = Math.floor(age / YEAR_MS);
  const text =
    years >= 1
      ? `This story is more than ${years} ${years === 1 ? 'year' : 'years'} old`
      : `This story is from ${get('month')} ${year}`;
  return { text, year };
}
