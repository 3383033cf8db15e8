import { type Article, articlePath, type LivePost } from '@/lib/content/types';
import { isLive } from '@/lib/content/visibility';

/**
 * What the live-updates island polls: is the coverage still running, which post is the newest and how
 * many there are. A few dozen bytes, so "nothing new" costs a reader almost nothing.
 */
export interface LiveManifest {
  live: boolean;
  /** The newest post's slug (pinned or not), null before the first post. */
  newest: string | null;
  count: number;
}

/** `posts` are the posts readers see, newest first (`ContentView.livePosts`). */
export function liveManifest(
  story: Pick<Article, 'format' | 'liveUntil'>,
  posts: readonly Pick<LivePost, 'slug'>[],
  now: Date,
): LiveManifest {
  return { live: isLive(story, now), newest: posts[0]?.slug ?? null, count: posts.length };
}

/** One URL per story, beside its page. */
export function liveManifestPath(story: Pick<Article, 'section' | 'slug'>): string {
  return `${articlePath(story)}/live.json`;
}

/** Edge caches keep the answer a few seconds, so thousands of readers polling cost the origin one request per story. */
export const LIVE_MANIFEST_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=30';
