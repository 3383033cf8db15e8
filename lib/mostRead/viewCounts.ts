import { site } from '@/lib/config/site';
import { viewStore } from './viewStore';
import type { StoryCount } from './viewWindow';

const state = globalThis as typeof globalThis & { __mastheadViewCounts?: { at: number; counts: StoryCount[] } };

/**
 * The window's counts for a page being rendered, read from the store at most once per publishing interval per
 * process: every page that regenerates in that interval shares one read. Pages regenerate through the page cache,
 * so a cached page costs the store nothing, and the list is as fresh as the page.
 */
export async function viewCounts(now = new Date()): Promise<StoryCount[]> {
  // A build has no readers yet, and must not open a Redis connection that would keep its workers alive.
  if (process.env.NEXT_PHASE === 'phase-production-build') return [];
  const held = state.__mastheadViewCounts;
  if (held && now.getTime() - held.at < site.publishIntervalSeconds * 1000) return held.counts;
  const counts = await viewStore().top(now);
  state.__mastheadViewCounts = { at: now.getTime(), counts };
  return counts;
}
