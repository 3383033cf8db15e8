import { Feed } from 'feed';
import { absoluteUrl, site } from '@/lib/config/site';
import type { ContentView } from '@/lib/content/contentView';
import { type Article, articlePath } from '@/lib/content/types';
import { LOGO_PATH } from '@/lib/seo/jsonLd';

export const FEED_ITEMS = 50;
export type FeedFormat = 'rss' | 'atom';
export const FEED_FILES: Record<string, FeedFormat> = { 'rss.xml': 'rss', 'atom.xml': 'atom' };

export interface FeedScope {
  title: string;
  description: string;
  /** The HTML page this feed mirrors. */
  pagePath: string;
  /** Where this feed lives, without the file name: `/feeds`, `/feeds/sections/city`. */
  feedBase: string;
}

/** RSS 2.0 or Atom for a list of public stories; items carry their last update as their date. */
export function renderFeed(
  scope: FeedScope,
  articles: Article[],
  view: Pick<ContentView, 'author' | 'section'>,
  format: FeedFormat,
): string {
  const items = articles.slice(0, FEED_ITEMS);
  const feed = new Feed({
    title: `${scope.title} · ${site.name}`,
    description: scope.description,
    id: absoluteUrl(scope.pagePath),
    link: absoluteUrl(scope.pagePath),
    language: site.language,
    image: absoluteUrl(LOGO_PATH),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${site.name}`,
    updated: items.reduce<Date>((max, a) => (a.modifiedAt > max ? a.modifiedAt : max), new Date(0)),
    generator: site.name,
    feedLinks: { rss: absoluteUrl(`${scope.feedBase}/rss.xml`), atom: absoluteUrl(`${scope.feedBase}/atom.xml`) },
  });
  for (const a of items) {
    const url = absoluteUrl(articlePath(a));
    feed.addItem({
      title: a.title,
      id: url,
      link: url,
      description: a.dek,
      date: a.modifiedAt,
      published: a.publishedAt,
      // RSS has no "updated" element; Atom's, in its namespace, is what feed readers look for.
      extensions:
        format === 'rss' ? [{ name: 'atom:updated', objects: { _text: a.modifiedAt.toISOString() } }] : undefined,
      author: a.authors.map((slug) => ({
        name: view.author(slug)?.name ?? slug,
        link: absoluteUrl(`/authors/${slug}`),
      })),
      category: [{ name: view.section(a.section)?.title ?? a.section }, ...a.topics.map((t) => ({ name: t.name }))],
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

export function feedResponse(body: string, format: FeedFormat): Response {
  const type = format === 'rss' ? 'application/rss+xml' : 'application/atom+xml';
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
}
