import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';

/**
 * Cache tags, one scheme for every page, feed and sitemap:
 *   story:<slug>     the story's own page, and every page whose related list shows it
 *   live:<slug>      a live story's posts: its pages, its manifest (live.json) and its feed of posts
 *   section:<slug>   the section front (all its pages) and the section's feeds
 *   author:<slug>    the author page (all its pages) and the author's feeds
 *   topic:<slug>     the topic page (all its pages)
 *   site-indexes     the front page, the authors index and the topics index
 *   feeds            the site-wide feeds
 *   sitemaps         sitemap index, child sitemaps and the news sitemap
 *   search           search results
 */
export const tags = {
  story: (slug: string) => `story:${slug}`,
  live: (slug: string) => `live:${slug}`,
  section: (slug: string) => `section:${slug}`,
  author: (slug: string) => `author:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  siteIndexes: 'site-indexes',
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  search: 'search',
} as const;

/** Everything a change to one story (before and/or after the change) can show up on. */
function storyTags(article: Article): string[] {
  return [
    tags.story(article.slug),
    tags.section(article.section),
    ...article.authors.map(tags.author),
    ...article.topics.map((t) => tags.topic(t.slug)),
  ];
}

export interface ContentChange {
  added: string[];
  updated: string[];
  removed: string[];
  tags: string[];
}

/**
 * What changed between two loads of the content, and the tags to revalidate. A story or a live post is
 * compared by its whole file (a post is named `live/<story>/<post>`); a moved story invalidates its
 * old and its new section. Both views must see everything (drafts too), as `rereadContent` gives them.
 */
export function contentChange(before: ContentView, after: ContentView): ContentChange {
  const added: string[] = [];
  const updated: string[] = [];
  const removed: string[] = [];
  const affected = new Set<string>();
  for (const next of after.articles) {
    const slug = next.slug;
    const prev = before.article(slug);
    if (!prev) added.push(slug);
    else if (prev.source !== next.source) updated.push(slug);
    else continue;
    for (const t of [...(prev ? storyTags(prev) : []), ...storyTags(next)]) affected.add(t);
  }
  for (const prev of before.articles) {
    if (after.article(prev.slug)) continue;
    removed.push(prev.slug);
    for (const t of storyTags(prev)) affected.add(t);
  }
  // A post shows only on its live story's pages, manifest and feed: a post alone regenerates nothing else.
  const postIds = (view: ContentView) =>
    new Map(view.articles.flatMap((a) => view.livePosts(a.slug).map((p) => [`live/${a.slug}/${p.slug}`, p] as const)));
  const postsBefore = postIds(before);
  const postsAfter = postIds(after);
  for (const [id, next] of postsAfter) {
    const prev = postsBefore.get(id);
    if (!prev) added.push(id);
    else if (prev.source !== next.source) updated.push(id);
    else continue;
    affected.add(tags.live(next.story));
  }
  for (const [id, prev] of postsBefore) {
    if (postsAfter.has(id)) continue;
    removed.push(id);
    affected.add(tags.live(prev.story));
  }
  for (const next of after.sections) {
    const prev = before.section(next.slug);
    if (!prev || JSON.stringify(prev) !== JSON.stringify(next)) affected.add(tags.section(next.slug));
  }
  for (const next of after.authors) {
    const slug = next.slug;
    const prev = before.author(slug);
    // An author's name and picture appear in bylines: their stories change too.
    if (!prev || JSON.stringify(prev) !== JSON.stringify(next)) {
      affected.add(tags.author(slug));
      for (const a of after.articles) if (a.authors.includes(slug)) affected.add(tags.story(a.slug));
      for (const p of postsAfter.values()) if (p.authors.includes(slug)) affected.add(tags.live(p.story));
    }
  }
  const siteWide = [...affected].some((t) => !t.startsWith('live:'));
  if (siteWide) for (const t of [tags.siteIndexes, tags.feeds, tags.sitemaps, tags.search]) affected.add(t);
  return { added, updated, removed, tags: [...affected].sort() };
}
