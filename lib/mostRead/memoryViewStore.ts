import { hourOf, rank, type StoryCount, WINDOW_HOURS, windowHours } from './viewWindow';

/** Without Redis, each hour's counts in this process's memory; beyond this many stories an hour, new ones wait. */
export const MAX_STORIES_PER_HOUR = 5_000;

/**
 * Counts per hour, per story, in memory: only the window's hours are kept, and each hour holds at most
 * MAX_STORIES_PER_HOUR stories (every counted slug is a public story, so in practice it holds them all).
 */
export class MemoryViewStore {
  private readonly hours = new Map<number, Map<string, number>>();
  private newest = -Infinity;

  add(slug: string, now: Date): void {
    const hour = hourOf(now);
    this.newest = Math.max(this.newest, hour);
    const oldest = this.newest - WINDOW_HOURS + 1;
    if (hour < oldest) return;
    let counts = this.hours.get(hour);
    if (!counts) {
      counts = new Map();
      this.hours.set(hour, counts);
      for (const held of this.hours.keys()) if (held < oldest) this.hours.delete(held);
    }
    if (!counts.has(slug) && counts.size >= MAX_STORIES_PER_HOUR) return;
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }

  top(now: Date): StoryCount[] {
    const totals = new Map<string, number>();
    for (const hour of windowHours(now)) {
      for (const [slug, count] of this.hours.get(hour) ?? []) totals.set(slug, (totals.get(slug) ?? 0) + count);
    }
    return rank(totals);
  }

  /** How many hours are held: never more than the window. */
  get hourCount(): number {
    return this.hours.size;
  }
}
