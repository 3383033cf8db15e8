import type { ContentView } from '@/lib/content/contentView';
import { RESERVED_SECTION_SLUGS, SLUG_PATTERN } from '@/lib/content/slug';
import { articlePath } from '@/lib/content/types';

/** First path segments that belong to the app, not to a section. */
const APP_PREFIXES = new Set([
  'authors',
  'topics',
  'feeds',
  'sitemaps',
  'cards',
  'api',
  'preview',
  'search',
  '_next',
  'about',
  'corrections',
]);

/**
 * Where a request for `pathname` should permanently go, or null to serve it as is.
 * Always one hop: the target is the story's current URL, never another redirect.
 * - `/City/Some-Story` -> `/city/some-story` (only when the lowercased path is a real story or section)
 * - `/<wrong section>/<slug>` -> `/<section>/<slug>` (a story that moved section)
 * - `/<any section>/<old slug>` -> the story that lists the old slug in `redirectFrom`
 */
export function canonicalRedirect(
  pathname: string,
  view: Pick<ContentView, 'article' | 'redirectTarget' | 'section'>,
): string | null {
  const parts = pathname.split('/');
  if (parts.length === 2 && parts[1] !== parts[1]!.toLowerCase()) {
    const lower = parts[1]!.toLowerCase();
    return SLUG_PATTERN.test(lower) && view.section(lower) ? `/${lower}` : null;
  }
  if (parts.length !== 3 || parts[0] !== '') return null;
  const [, first, second] = parts as [string, string, string];
  const section = first.toLowerCase();
  const slug = second.toLowerCase();
  if (APP_PREFIXES.has(section) || !SLUG_PATTERN.test(section) || !SLUG_PATTERN.test(slug)) return null;
  const article = view.article(slug) ?? view.redirectTarget(slug);
  if (!article) return null;
  const target = articlePath(article);
  return target === pathname ? null : target;
}

/**
 * True when `pathname` names a section, story, topic or author page that cannot exist for readers, so
 * it can be answered 404 before rendering: no render cost, and no cache entry on disk for every
 * made-up URL a crawler or attacker tries. Paths of other shapes are left to the router.
 */
export function isKnownMissing(
  pathname: string,
  view: Pick<ContentView, 'article' | 'section' | 'author' | 'topic'>,
): boolean {
  const parts = pathname.split('/');
  if (parts.length === 2 && parts[1]) {
    // One segment: a section, or one of the app's own top-level routes and files.
    return !(RESERVED_SECTION_SLUGS as readonly string[]).includes(parts[1]) && !view.section(parts[1]);
  }
  if (parts.length !== 3 || parts[0] !== '') return false;
  const [, first, second] = parts as [string, string, string];
  if (first === 'topics') return !SLUG_PATTERN.test(second) || !view.topic(second);
  if (first === 'authors') return !SLUG_PATTERN.test(second) || !view.author(second);
  if (APP_PREFIXES.has(first)) return false;
  if (!SLUG_PATTERN.test(first) || !view.section(first)) return true;
  const article = SLUG_PATTERN.test(second) ? view.article(second) : undefined;
  return !article || article.section !== first;
}
