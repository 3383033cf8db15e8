import { site } from '@/lib/config/site';
import type { ContentView } from '@/lib/content/contentView';
import { SLUG_PATTERN } from '@/lib/content/slug';
import type { Article } from '@/lib/content/types';
import { correctionsLog } from '@/lib/corrections/correctionsLog';
import { FEED_FILES } from '@/lib/feeds/serveFeed';
import { ISLAND_NAMES } from '@/lib/islands/islandNames';
import { parsePageParam } from '@/lib/listing/paginate';
import { livePageCount } from '@/lib/live/livePages';
import { ARTICLES_PER_SITEMAP } from '@/lib/seo/sitemapXml';
import type { TopLevelRoute } from './topLevelRoutes';

/** The reader's view of content that a route needs to tell a real URL from a made-up one. */
export type RouteView = Pick<
  ContentView,
  | 'audience'
  | 'articles'
  | 'article'
  | 'section'
  | 'author'
  | 'topic'
  | 'page'
  | 'sectionArticles'
  | 'authorArticles'
  | 'topicArticles'
  | 'livePosts'
>;

/** True when the segments after the route's own name can be a page, file or handler that exists. */
type Exists = (rest: string[], view: RouteView) => boolean;

const none: Exists = (rest) => rest.length === 0;
const slugOf = (name: string | undefined) => (name && SLUG_PATTERN.test(name) ? name : undefined);

/** `''` (page 1) or `page/<n>` with n within the listing. */
function listingPage(rest: string[], count: number): boolean {
  if (rest.length === 0) return true;
  const number = rest.length === 2 && rest[0] === 'page' ? parsePageParam(rest[1]) : null;
  return number !== null && number <= Math.ceil(count / site.listingPageSize);
}

function sitemapExists(name: string | undefined, view: RouteView): boolean {
  if (name === 'sections.xml' || name === 'authors.xml' || name === 'topics.xml') return true;
  const n = /^articles-([1-9]\d{0,5})\.xml$/.exec(name ?? '')?.[1];
  return n !== undefined && Number(n) <= Math.max(1, Math.ceil(view.articles.length / ARTICLES_PER_SITEMAP));
}

/** The index (`/authors`), or `/<route>/<slug>` of one that exists with its listing pages. */
function indexOrListing(rest: string[], find: (slug: string) => unknown, articles: (slug: string) => Article[]) {
  const slug = slugOf(rest[0]);
  return rest.length === 0 || (!!slug && !!find(slug) && listingPage(rest.slice(1), articles(slug).length));
}

const feed = (rest: string[]) => rest.length === 1 && (FEED_FILES as readonly string[]).includes(rest[0]!);

/** What may follow each top-level route; the gate answers 404 for anything else under them. */
export const APP_ROUTES: Record<TopLevelRoute, Exists> = {
  authors: (rest, view) => indexOrListing(rest, view.author, view.authorArticles),
  topics: (rest, view) => indexOrListing(rest, view.topic, view.topicArticles),
  search: none,
  // The desk and its problem pages are for a desk grant only, which the gate passes before asking here.
  preview: () => false,
  api: (rest) => ['draft', 'draft/disable', 'revalidate', 'views'].includes(rest.join('/')),
  feeds: (rest, view) => {
    if (rest.length === 1) return feed(rest);
    const [scope, slug, ...file] = rest;
    if (scope === 'sections') return !!slugOf(slug) && !!view.section(slug!) && feed(file);
    if (scope === 'authors') return !!slugOf(slug) && !!view.author(slug!) && feed(file);
    if (scope === 'topics') return !!slugOf(slug) && !!view.topic(slug!) && feed(file);
    if (scope === 'live') return !!slugOf(slug) && view.article(slug!)?.format === 'live' && feed(file);
    if (scope === 'corrections') return feed([slug ?? '', ...file]);
    return false;
  },
  sitemaps: (rest, view) => rest.length === 1 && sitemapExists(rest[0], view),
  cards: (rest, view) => {
    const name = rest.length === 1 ? /^([a-z0-9-]+)\.png$/.exec(rest[0]!)?.[1] : undefined;
    return name === 'default' || (!!slugOf(name) && !!view.article(name!));
  },
  about: (rest, view) => rest.length === 1 && !!slugOf(rest[0]) && !!view.page(rest[0]!),
  corrections: (rest, view) => listingPage(rest, correctionsLog(view.articles, view.audience.now).length),
  'sitemap.xml': none,
  'news-sitemap.xml': none,
  'robots.txt': none,
  'icon.svg': none,
  'logo.png': none,
  // Files and names Next.js or public/ may serve; the gate leaves what is under them to Next.js.
  images: () => true,
  islands: (rest) => rest.length === 1 && ISLAND_NAMES.some((name) => rest[0] === `${name}.js`),
  _next: () => true,
  // Reserved so no section can take them, served by nothing here (app/icon.svg is the icon).
  'favicon.ico': () => false,
  'opengraph-image': () => false,
  // `/<section>/page/<n>` would be ambiguous with a section called "page".
  page: () => false,
};

/**
 * What may follow a story's URL: nothing, or for a live story its manifest (`live.json`), its later
 * pages (`page/<n>`, n within its posts) and its posts' permalinks (`posts/<slug>`, posts readers see).
 */
function storyPathExists(article: Article, rest: string[], view: RouteView): boolean {
  if (rest.length === 0) return true;
  if (article.format !== 'live') return false;
  if (rest.length === 1) return rest[0] === 'live.json';
  if (rest.length !== 2) return false;
  const [kind, name] = rest as [string, string];
  const posts = view.livePosts(article.slug);
  if (kind === 'posts') return posts.some((p) => p.slug === name);
  const page = kind === 'page' ? parsePageParam(name) : null;
  return page !== null && page <= livePageCount(posts);
}

/**
 * Whether `segments` (the path split on "/", lowercase and decoded) can name something that
 * exists for readers: an app route above, or a section front, listing page or story.
 */
export function routeExists(segments: string[], view: RouteView): boolean {
  const [first, ...rest] = segments;
  if (first === undefined || first === '') return segments.length <= 1;
  const route = Object.hasOwn(APP_ROUTES, first) ? APP_ROUTES[first as TopLevelRoute] : undefined;
  if (route) return route(rest, view);
  const section = slugOf(first) && view.section(first);
  if (!section) return false;
  if (rest.length === 0 || rest[0] === 'page') return listingPage(rest, view.sectionArticles(first).length);
  const article = slugOf(rest[0]) && view.article(rest[0]!);
  return !!article && article.section === first && storyPathExists(article, rest.slice(1), view);
}
