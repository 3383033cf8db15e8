import type { Metadata } from 'next';
import { absoluteUrl, site } from '@/lib/config/site';
import { type Article, type Author, articlePath, type LivePost, type Section } from '@/lib/content/types';
import { liveFeedBase } from '@/lib/feeds/liveFeed';
import { livePagePath } from '@/lib/live/livePages';
import { storyModifiedAt } from '@/lib/live/storyModifiedAt';
import { feedLinkTitles } from './feedLinkTitles';
import { CARD_SIZE } from './socialCard';

const DEFAULT_CARD = { url: '/cards/default.png', ...CARD_SIZE, alt: `${site.name}: ${site.tagline}` };

/** A feed a page links to: where it lives (`/feeds/sections/city`) and what it holds (`feedLinkTitles`). */
export interface FeedLink {
  base: string;
  title: string;
}

/** RSS and Atom links for a page that has feeds, as `<link rel="alternate">`. */
function feedAlternates(feed: FeedLink) {
  return {
    'application/rss+xml': [{ url: `${feed.base}/rss.xml`, title: `${feed.title} (RSS)` }],
    'application/atom+xml': [{ url: `${feed.base}/atom.xml`, title: `${feed.title} (Atom)` }],
  };
}

/** X/Twitter reads its own tags, not Open Graph's: the card image goes with its alt text. */
const twitterImage = (card: { url: string; alt: string }) => ({ url: card.url, alt: card.alt });

export function listingMetadata(page: { title: string; description: string; path: string; feed?: FeedLink }): Metadata {
  return {
    title: page.title,
    description: page.description,
    alternates: {
      canonical: page.path,
      ...(page.feed ? { types: feedAlternates(page.feed) } : {}),
    },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: site.language.replace('-', '_'),
      url: page.path,
      title: page.title,
      description: page.description,
      images: [DEFAULT_CARD],
    },
    twitter: {
      card: 'summary_large_image',
      title: page.title,
      description: page.description,
      images: [twitterImage(DEFAULT_CARD)],
    },
  };
}

/** A story's metadata; `publicPosts` (a live story's posts readers see) date it with its own updates. */
export function articleMetadata(
  article: Article,
  authors: Author[],
  section: Section,
  publicPosts: readonly LivePost[] = [],
): Metadata {
  const card = { url: `/cards/${article.slug}.png`, ...CARD_SIZE, alt: article.title };
  return {
    title: article.title,
    description: article.dek,
    authors: authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    keywords: article.topics.map((t) => t.name),
    alternates: {
      canonical: articlePath(article),
      types: feedAlternates({ base: `/feeds/sections/${section.slug}`, title: feedLinkTitles.section(section) }),
    },
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: site.language.replace('-', '_'),
      url: articlePath(article),
      title: article.title,
      description: article.dek,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: storyModifiedAt(article, publicPosts).toISOString(),
      section: section.title,
      tags: article.topics.map((t) => t.name),
      authors: authors.map((a) => absoluteUrl(`/authors/${a.slug}`)),
      images: [card],
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description: article.dek,
      images: [twitterImage(card)],
    },
  };
}

/**
 * A live story's page `page`: each page is its own canonical (`…/page/2`), and the feeds it links are
 * the story's own posts, not its section's.
 */
export function liveStoryMetadata(
  story: Article,
  authors: Author[],
  section: Section,
  page: number,
  publicPosts: readonly LivePost[],
): Metadata {
  const base = articleMetadata(story, authors, section, publicPosts);
  const path = livePagePath(story, page);
  return {
    ...base,
    title: page > 1 ? `${story.title}, page ${page}` : story.title,
    alternates: {
      canonical: path,
      types: feedAlternates({ base: liveFeedBase(story), title: feedLinkTitles.live(story) }),
    },
    openGraph: { ...base.openGraph, url: path },
  };
}
