/** How often an instance reads the content generation stamp: twice per publishing interval, at most once a second. */
export function generationCheckMs(publishIntervalSeconds: number): number {
  return Math.max(1, publishIntervalSeconds / 2) * 1000;
}

/**
 * Whether the stamp in Redis says this instance's content is out of date. Not knowing which generation it loaded (just
 * started, or Redis was down) counts as out of date: a reload is cheap and idempotent, serving old content is not. A
 * stamp missing from Redis (flushed or restarted) means nobody has published since, so there is nothing to catch up.
 */
export function shouldReload(loaded: string | null | undefined, current: string | null): boolean {
  return current !== null && loaded !== current;
}
