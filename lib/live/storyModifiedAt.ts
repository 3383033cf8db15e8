import type { Article, LivePost } from '@/lib/content/types';

/**
 * When a story last changed as readers see it: its own last update (or first publication), or its newest public
 * post when that is later. A live story changes with every post, and crawlers and feed readers recrawl by this date,
 * so every freshness signal (sitemaps, meta tags, JSON-LD, feeds) asks this one function. `publicPosts` are the posts
 * the audience may see (`ContentView.livePosts`): a draft or a post scheduled for later must not date the story.
 */
export function storyModifiedAt(
  story: Pick<Article, 'modifiedAt'>,
  publicPosts: readonly Pick<LivePost, 'at'>[],
): Date {
  let latest = story.modifiedAt;
  for (const post of publicPosts) if (post.at > latest) latest = post.at;
  return latest;
}
