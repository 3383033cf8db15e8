import { livePostStub } from '@/lib/content/testing/livePostStub';
import type { LivePost } from '@/lib/content/types';

/**
 * `count` published posts a minute apart from `from`, newest first (as `ContentView.livePosts` gives them):
 * `post-<n>`.
 */
export function livePostRun(story: string, count: number, from = new Date('2026-11-28T09:00:00Z')): LivePost[] {
  return Array.from({ length: count }, (_, i) =>
    livePostStub(story, `post-${count - i}`, { at: new Date(from.getTime() + (count - 1 - i) * 60_000) }),
  );
}
