import type { Metadata } from 'next';
import { absoluteUrl, site } from '@/lib/config/site';
import { type Article, type Author, articlePath, type Section } from '@/lib/content/types';
import { liveFeedBase } from '@/lib/feeds/liveFeed';
import { livePagePath } from '@/lib/live/livePages';
import { CARD_SIZE } from './socialCard';

const DEFAULT_CARD = { url: '/cards/default.png', ...CARD_SIZE, alt: `${site.name}: ${site.tagline}` };

/** RSS and Atom links for a page that has feeds, as `<link rel="alternate">`. */
function feedAlternates(feedBase: string, title: string) {
  return {
    'application/rss+xml': [{ url: `${feedBase}/rss.xml`, title: `${title} (RSS)` }],
    'application/atom+xml': [{ url: `${feedBase}/atom.xml`, title: `${title} (Atom)` }],
  };
}

export function listingMetadata(page: {
  title: string;
  description: string;
  path: string;
  feedBase?: string;
}): Metadata {
  return {
    title: page.title,
    description: page.description,
    alternates: {
      canonical: page.path,
      ...(page.feedBase ? { types: feedAlternates(page.feedBase, `${page.title} · ${site.name}`) } : {}),
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
      images: [DEFAULT_CARD.url],
    },
  };
}

export function articleMetadata(article: Article, authors: Author[], section: Section): Metadata {
  const card = { url: `/cards/${article.slug}.png`, ...CARD_SIZE, alt: article.title };
  return {
    title: article.title,
    description: article.dek,
    authors: authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    keywords: article.topics.map((t) => t.name),
    alternates: {
      canonical: articlePath(article),
      types: feedAlternates(`/feeds/sections/${section.slug}`, `${section.title} · ${site.name}`),
    },
    openGraph: {
      type: 'article',
      siteName: site.name,
      locale: site.language.replace('-', '_'),
      url: articlePath(article),
      title: article.title,
      description: article.dek,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.modifiedAt.toISOString(),
      section: section.title,
      tags: article.topics.map((t) => t.name),
      authors: authors.map((a) => absoluteUrl(`/authors/${a.slug}`)),
      images: [card],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.dek, images: [card.url] },
  };
}

/**
 * A live story's page `page`: each page is its own canonical (`…/page/2`), and the feeds it links are
 * the story's own posts, not its section's.
 */
export function liveStoryMetadata(story: Article, authors: Author[], section: Section, page: number): Metadata {
  const base = articleMetadata(story, authors, section);
  const path = livePagePath(story, page);
  return {
    ...base,
    title: page > 1 ? `${story.title}, page ${page}` : story.title,
    alternates: { canonical: path, types: feedAlternates(liveFeedBase(story), `${story.title} · ${site.name}`) },
    openGraph: { ...base.openGraph, url: path },
  };
}
