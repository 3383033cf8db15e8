import type { ContentView } from '@/lib/content/contentView';
import type { Article, LivePost } from '@/lib/content/types';

/**
 * Cache tags, one scheme for every page, feed and sitemap:
 *   story:<slug>     the story's own page, and every page whose related list shows it
 *   section:<slug>   the section front (all its pages) and the section's feeds
 *   author:<slug>    the author page (all its pages) and the author's feeds
 *   topic:<slug>     the topic page (all its pages)
 *   site-indexes     the front page, the authors index and the topics index
 *   breaking         the Breaking strip: the front page and every section front
 *   feeds            the site-wide feeds
 *   sitemaps         sitemap index, child sitemaps and the news sitemap
 *   live-posts       every feed and sitemap that lists a live story: a post dates the story (storyModifiedAt)
 *   search           search results
 */
export const tags = {
  story: (slug: string) => `story:${slug}`,
  section: (slug: string) => `section:${slug}`,
  author: (slug: string) => `author:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  siteIndexes: 'site-indexes',
  breaking: 'breaking',
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  livePosts: 'live-posts',
  search: 'search',
} as const;

/**
 * The tags a feed or sitemap of `articles` adds so that a new post regenerates it: a live story among them is dated
 * by its newest post. One tag for all live stories, not one per story, keeps a sitemap of thousands within Next's
 * limit of tags per page.
 */
export function livePostTags(articles: readonly Pick<Article, 'format'>[]): string[] {
  return articles.some((a) => a.format === 'live') ? [tags.livePosts] : [];
}

/** The frontmatter fields of a story: a change to any but `breaking` can show anywhere the story is listed. */
const LISTED_FIELDS = [
  'title',
  'dek',
  'section',
  'authors',
  'publishedAt',
  'status',
  'topics',
  'image',
  'updates',
  'related',
  'redirectFrom',
  'format',
  'liveUntil',
] as const satisfies readonly (keyof Article)[];

/** Only the flag moved: the story shows the same everywhere but in the Breaking strip. */
function onlyBreakingChanged(prev: Article, next: Article): boolean {
  if (prev.breaking === next.breaking || prev.body !== next.body) return false;
  return LISTED_FIELDS.every((field) => JSON.stringify(prev[field]) === JSON.stringify(next[field]));
}

export interface ContentChange {
  /** Story slugs, and live posts as `live/<story-slug>/<post-slug>`. */
  added: string[];
  updated: string[];
  removed: string[];
  tags: string[];
}

const postKey = (post: LivePost) => `live/${post.story}/${post.slug}`;

/**
 * What changed between two loads of the content, and the tags to revalidate. A story is compared by its whole file; a
 * moved story invalidates its old and its new section. A story flagged `breaking` before or after also touches the
 * Breaking strip; a change to the flag alone touches only the strip and the story's own page. A live post touches its
 * story's pages (`story:<slug>`: the live page, its permalinks, feed and update endpoint) and the feeds and sitemaps
 * that date the story by its posts (`live-posts`), never a listing page: cards do not show posts. Both views must see
 * everything (drafts too), as `rereadContent` gives them.
 */
export function contentChange(before: ContentView, after: ContentView): ContentChange {
  const added: string[] = [];
  const updated: string[] = [];
  const removed: string[] = [];
  const affected = new Set<string>();
  let listed = false;
  const touch = (story: Article, flagOnly = false) => {
    affected.add(tags.story(story.slug));
    if (story.breaking) affected.add(tags.breaking);
    if (flagOnly) return;
    // Everything else the story (before and/or after the change) shows up on.
    listed = true;
    affected.add(tags.section(story.section));
    for (const author of story.authors) affected.add(tags.author(author));
    for (const topic of story.topics) affected.add(tags.topic(topic.slug));
  };
  for (const next of after.articles) {
    const slug = next.slug;
    const prev = before.article(slug);
    if (!prev) added.push(slug);
    else if (prev.source !== next.source) updated.push(slug);
    else continue;
    const flagOnly = !!prev && onlyBreakingChanged(prev, next);
    if (prev) touch(prev, flagOnly);
    touch(next, flagOnly);
  }
  for (const prev of before.articles) {
    if (after.article(prev.slug)) continue;
    removed.push(prev.slug);
    touch(prev);
  }
  const stories = new Set([...before.articles, ...after.articles].map((a) => a.slug));
  for (const story of stories) {
    const prevPosts = new Map(before.livePosts(story).map((p) => [p.slug, p]));
    const nextPosts = new Map(after.livePosts(story).map((p) => [p.slug, p]));
    let changed = false;
    for (const [slug, post] of nextPosts) {
      const prev = prevPosts.get(slug);
      if (prev && prev.source === post.source) continue;
      (prev ? updated : added).push(postKey(post));
      changed = true;
    }
    for (const [slug, post] of prevPosts) {
      if (nextPosts.has(slug)) continue;
      removed.push(postKey(post));
      changed = true;
    }
    if (!changed) continue;
    affected.add(tags.story(story));
    affected.add(tags.livePosts);
  }
  for (const next of after.sections) {
    const prev = before.section(next.slug);
    if (!prev || JSON.stringify(prev) !== JSON.stringify(next)) {
      affected.add(tags.section(next.slug));
      listed = true;
    }
  }
  for (const next of after.authors) {
    const slug = next.slug;
    const prev = before.author(slug);
    if (!prev || JSON.stringify(prev) !== JSON.stringify(next)) {
      listed = true;
      affected.add(tags.author(slug));
      // Bylines show an author's name and picture: their stories change, and live stories with a post of theirs.
      for (const a of after.articles)
        if (a.authors.includes(slug) || after.livePosts(a.slug).some((p) => p.authors.includes(slug)))
          affected.add(tags.story(a.slug));
    }
  }
  if (listed) for (const t of [tags.siteIndexes, tags.feeds, tags.sitemaps, tags.search]) affected.add(t);
  return { added, updated, removed, tags: [...affected].sort() };
}
