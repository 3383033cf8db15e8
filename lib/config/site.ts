import path from 'node:path';

/** Everything a deployment may change lives here, read once from the environment. */
export const site = {
  name: 'Masthead',
  tagline: 'News from Port Merrow and the Vessary coast',
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  language: 'en-GB',
  timeZone: process.env.NEWSROOM_TIME_ZONE ?? 'Europe/London',
  contentDir: path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? 'content'),
  /** Pages regenerate at most this often, so a scheduled story goes live within this many seconds. */
  publishIntervalSeconds: positiveNumber(process.env.PUBLISH_INTERVAL_SECONDS, 60),
  /**
   * How many of the newest stories `next build` prerenders; older ones render on their first
   * request and are then cached like the rest (ISR). Keeps a 10,000-story build within minutes.
   */
  prerenderLatest: positiveNumber(process.env.PRERENDER_LATEST, 1_000),
  /** Stories per page on section, author and topic pages. */
  listingPageSize: positiveNumber(process.env.LISTING_PAGE_SIZE, 20),
  /** Stories older than this many days carry a notice saying how old they are. */
  ageNoticeDays: positiveNumber(process.env.AGE_NOTICE_DAYS, 365),
  /** How often a running live story's page asks whether there are new posts (read when the page renders). */
  livePollSeconds: positiveNumber(process.env.LIVE_POLL_SECONDS, 15),
  publicDir: path.resolve(/*turbopackIgnore: true*/ 'public'),
} as const;

export function positiveNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${site.url}/`).toString();
}
