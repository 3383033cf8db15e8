import { absoluteUrl, site } from '@/lib/config/site';
import type { ContentView } from '@/lib/content/contentView';
import { type Article, articlePath } from '@/lib/content/types';
import { storyModifiedAt } from '@/lib/live/storyModifiedAt';
import { LOGO_PATH } from '@/lib/seo/jsonLd';

export const FEED_ITEMS = 50;

export interface FeedScope {
  title: string;
  description: string;
  /** The HTML page this feed mirrors. */
  pagePath: string;
  /** Where this feed lives, without the file name: `/feeds`, `/feeds/sections/city`. */
  feedBase: string;
}

/** One story as a feed entry. Every string is plain text, never markup: the writers escape it. */
export interface FeedEntry {
  title: string;
  url: string;
  /** The entry's identity when one page has several entries (a story corrected twice); defaults to `url`. */
  id?: string;
  summary: string;
  published: Date;
  updated: Date;
  authors: { name: string; url: string }[];
  /** In Atom's terms: `term` is the slug, `scheme` the base URL of its pages. */
  categories: { term: string; scheme: string; label: string }[];
}

/** What RSS and Atom both say about a list of stories, with absolute URLs. */
export interface StoryFeed {
  title: string;
  subtitle: string;
  pageUrl: string;
  rssUrl: string;
  atomUrl: string;
  logoUrl: string;
  iconUrl: string;
  language: string;
  rights: string;
  generator: string;
  updated: Date;
  entries: FeedEntry[];
}

/** What every feed says of itself: its title, its page and its own URLs, and the publisher. */
export function feedHead(scope: FeedScope): Omit<StoryFeed, 'updated' | 'entries'> {
  return {
    title: `${scope.title} · ${site.name}`,
    subtitle: scope.description,
    pageUrl: absoluteUrl(scope.pagePath),
    rssUrl: absoluteUrl(`${scope.feedBase}/rss.xml`),
    atomUrl: absoluteUrl(`${scope.feedBase}/atom.xml`),
    logoUrl: absoluteUrl(LOGO_PATH),
    iconUrl: absoluteUrl('/icon.svg'),
    language: site.language,
    rights: `© ${site.name}`,
    generator: site.name,
  };
}

/** Bylines by author slug; an author the view does not know is named by the slug. */
export function feedAuthors(slugs: string[], view: Pick<ContentView, 'author'>): FeedEntry['authors'] {
  return slugs.map((slug) => ({ name: view.author(slug)?.name ?? slug, url: absoluteUrl(`/authors/${slug}`) }));
}

/**
 * The newest `FEED_ITEMS` of `articles` (public stories, newest first). An entry is dated by its story's last change
 * (a live story's newest public post included); the feed by its latest entry.
 */
export function storyFeed(
  scope: FeedScope,
  articles: Article[],
  view: Pick<ContentView, 'author' | 'section' | 'livePosts'>,
): StoryFeed {
  const items = articles.slice(0, FEED_ITEMS).map((a) => ({ a, updated: storyModifiedAt(a, view.livePosts(a.slug)) }));
  return {
    ...feedHead(scope),
    updated: items.reduce<Date>((max, { updated }) => (updated > max ? updated : max), new Date(0)),
    entries: items.map(({ a, updated }) => ({
      title: a.title,
      url: absoluteUrl(articlePath(a)),
      summary: a.dek,
      published: a.publishedAt,
      updated,
      authors: feedAuthors(a.authors, view),
      categories: [
        { term: a.section, scheme: absoluteUrl('/'), label: view.section(a.section)?.title ?? a.section },
        ...a.topics.map((t) => ({ term: t.slug, scheme: absoluteUrl('/topics/'), label: t.name })),
      ],
    })),
  };
}
