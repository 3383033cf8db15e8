import { absoluteUrl, site } from '@/lib/config/site';
import type { ContentView } from '@/lib/content/contentView';
import type { ArticleFormat, PublisherRole } from '@/lib/content/schema';
import {
  type Article,
  type Author,
  articlePath,
  type LivePost,
  livePostPath,
  type Section,
  type StandardsPage,
  standardsPagePath,
} from '@/lib/content/types';
import { livePostHeadline } from '@/lib/live/livePostHeadline';
import { storyModifiedAt } from '@/lib/live/storyModifiedAt';

type Thing = Record<string, unknown>;

export const LOGO_PATH = '/logo.png';

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no string can close the tag. */
export function serializeJsonLd(data: Thing | Thing[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Which standards page answers for each publisher property; the editors assign them in content/pages. */
export type PublisherRoles = ReadonlyMap<PublisherRole, Pick<StandardsPage, 'slug'>>;

export function organizationJsonLd(roles: PublisherRoles = new Map()): Thing {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': absoluteUrl('/#organization'),
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH), width: 512, height: 512 },
    ...Object.fromEntries([...roles].map(([role, page]) => [role, absoluteUrl(standardsPagePath(page))])),
  };
}

/** schema.org's NewsArticle subtypes; plain news stays a bare NewsArticle. */
const FORMAT_TYPES: Record<ArticleFormat, string | null> = {
  news: null,
  analysis: 'AnalysisNewsArticle',
  opinion: 'OpinionNewsArticle',
  explainer: 'BackgroundNewsArticle',
  interview: null,
  review: 'ReviewNewsArticle',
  live: null,
};

export function articleType(format: ArticleFormat): string | string[] {
  const subtype = FORMAT_TYPES[format];
  return subtype ? ['NewsArticle', subtype] : 'NewsArticle';
}

export function personJsonLd(author: Author): Thing {
  return {
    '@type': 'Person',
    '@id': absoluteUrl(`/authors/${author.slug}#person`),
    name: author.name,
    jobTitle: author.role,
    url: absoluteUrl(`/authors/${author.slug}`),
    image: absoluteUrl(author.avatar.src),
    ...(author.links.length ? { sameAs: author.links.map((l) => l.url) } : {}),
  };
}

export function breadcrumbJsonLd(items: { name: string; path: string }[]): Thing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

/** Site, section, story: a story page's trail. */
function storyBreadcrumbJsonLd(story: Article, section: Section): Thing {
  return {
    '@context': 'https://schema.org',
    ...breadcrumbJsonLd([
      { name: site.name, path: '/' },
      { name: section.title, path: `/${section.slug}` },
      { name: story.title, path: articlePath(story) },
    ]),
  };
}

/** Google wants several aspect ratios; the optimiser crops none, so we offer the hero and the social card. */
export function articleImages(article: Article): string[] {
  return [...(article.image ? [absoluteUrl(article.image.src)] : []), absoluteUrl(`/cards/${article.slug}.png`)];
}

export function articleJsonLd(
  article: Article,
  authors: Author[],
  section: Section,
  roles: PublisherRoles = new Map(),
): Thing[] {
  const url = absoluteUrl(articlePath(article));
  const corrections = article.updates.filter((u) => u.kind === 'correction' || u.kind === 'clarification');
  return [
    {
      '@context': 'https://schema.org',
      '@type': articleType(article.format),
      '@id': `${url}#article`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      headline: article.title,
      description: article.dek,
      image: articleImages(article),
      datePublished: article.publishedAt.toISOString(),
      dateModified: storyModifiedAt(article, []).toISOString(),
      author: authors.map(personJsonLd),
      publisher: organizationJsonLd(roles),
      articleSection: section.title,
      keywords: article.topics.map((t) => t.name),
      wordCount: article.wordCount,
      inLanguage: site.language,
      isAccessibleForFree: true,
      ...(corrections.length
        ? {
            correction: corrections.map((c) => ({
              '@type': 'CorrectionComment',
              text: c.note,
              datePublished: c.at.toISOString(),
            })),
          }
        : {}),
    },
    storyBreadcrumbJsonLd(article, section),
  ];
}

/**
 * A live story as schema.org's LiveBlogPosting: the coverage window, and one BlogPosting per post on
 * this page (`onPage`, pinned first as shown). `publicPosts` are all the posts the reader can see: with the story's
 * own updates they date the whole blog. `pagePath` is this page's own URL (page 2 is its own canonical).
 */
export function liveBlogJsonLd(
  story: Article,
  authors: Author[],
  section: Section,
  posts: { onPage: readonly LivePost[]; publicPosts: readonly LivePost[]; pagePath: string },
  roles: PublisherRoles = new Map(),
): Thing[] {
  const storyUrl = absoluteUrl(articlePath(story));
  const pageUrl = absoluteUrl(posts.pagePath);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      '@id': `${storyUrl}#live`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl },
      url: pageUrl,
      headline: story.title,
      description: story.dek,
      image: articleImages(story),
      datePublished: story.publishedAt.toISOString(),
      dateModified: storyModifiedAt(story, posts.publicPosts).toISOString(),
      coverageStartTime: story.publishedAt.toISOString(),
      ...(story.liveUntil ? { coverageEndTime: story.liveUntil.toISOString() } : {}),
      author: authors.map(personJsonLd),
      publisher: organizationJsonLd(roles),
      articleSection: section.title,
      keywords: story.topics.map((t) => t.name),
      inLanguage: site.language,
      isAccessibleForFree: true,
      liveBlogUpdate: posts.onPage.map((post) => ({
        '@type': 'BlogPosting',
        headline: livePostHeadline(post),
        datePublished: post.at.toISOString(),
        url: absoluteUrl(livePostPath(story, post)),
        articleBody: post.plainText,
      })),
    },
    storyBreadcrumbJsonLd(story, section),
  ];
}

/** An author's page, dated by the last change to any of their public stories (`view` gives live stories' posts). */
export function profilePageJsonLd(author: Author, articles: Article[], view: Pick<ContentView, 'livePosts'>): Thing {
  let modified: Date | undefined;
  for (const a of articles) {
    const at = storyModifiedAt(a, view.livePosts(a.slug));
    if (!modified || at > modified) modified = at;
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absoluteUrl(`/authors/${author.slug}`),
    ...(modified ? { dateModified: modified.toISOString() } : {}),
    mainEntity: {
      ...personJsonLd(author),
      description: author.bio,
      worksFor: { '@id': absoluteUrl('/#organization') },
    },
  };
}

export function collectionPageJsonLd(
  page: { name: string; path: string; description: string; parent?: { name: string; path: string } },
  articles: Article[],
): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.name,
    description: page.description,
    url: absoluteUrl(page.path),
    isPartOf: { '@type': 'WebSite', '@id': absoluteUrl('/#website') },
    breadcrumb: breadcrumbJsonLd([
      { name: site.name, path: '/' },
      ...(page.parent ? [page.parent] : []),
      { name: page.name, path: page.path },
    ]),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: articles
        .slice(0, 20)
        .map((a, i) => ({ '@type': 'ListItem', position: i + 1, url: absoluteUrl(articlePath(a)) })),
    },
  };
}

export function frontPageJsonLd(roles: PublisherRoles = new Map()): Thing[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': absoluteUrl('/#website'),
      name: site.name,
      url: absoluteUrl('/'),
      inLanguage: site.language,
      publisher: { '@id': absoluteUrl('/#organization') },
      potentialAction: {
        '@type': 'SearchAction',
        target: `${absoluteUrl('/search')}?q={search_term_string}`,
        'query-input': 'required name=search_term_string',
      },
    },
    { '@context': 'https://schema.org', ...organizationJsonLd(roles) },
  ];
}

/** A standards page is an AboutPage of the publisher, so crawlers can tie it to the organization. */
export function standardsPageJsonLd(page: StandardsPage): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'AboutPage',
    name: page.title,
    description: page.description,
    url: absoluteUrl(standardsPagePath(page)),
    about: { '@id': absoluteUrl('/#organization') },
    isPartOf: { '@type': 'WebSite', '@id': absoluteUrl('/#website') },
  };
}
