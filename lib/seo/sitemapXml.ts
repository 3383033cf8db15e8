import { absoluteUrl, site } from '@/lib/config/site';
import type { ContentView } from '@/lib/content/contentView';
import { articlePath } from '@/lib/content/types';
import { storyModifiedAt } from '@/lib/live/storyModifiedAt';
import { escapeXml } from './escapeXml';

export interface SitemapEntry {
  path: string;
  lastmod?: Date;
}

export const ARTICLES_PER_SITEMAP = 10_000;
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_ITEMS = 1_000;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** W3C datetime without milliseconds, as sitemaps.org expects. */
const w3c = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A list of `<loc>`s with their `<lastmod>`: `<urlset>` of `<url>`s, or `<sitemapindex>` of `<sitemap>`s. */
function locationsXml(root: string, element: string, entries: SitemapEntry[]): string {
  const items = entries.map(
    (e) =>
      `  <${element}><loc>${escapeXml(absoluteUrl(e.path))}</loc>` +
      `${e.lastmod ? `<lastmod>${w3c(e.lastmod)}</lastmod>` : ''}</${element}>`,
  );
  return `${XML_HEAD}<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</${root}>\n`;
}

export const urlsetXml = (entries: SitemapEntry[]) => locationsXml('urlset', 'url', entries);
export const sitemapIndexXml = (entries: SitemapEntry[]) => locationsXml('sitemapindex', 'sitemap', entries);

/** Google News: public stories first published in the last 48 hours, newest first, at most 1,000. */
export function newsSitemapXml(view: Pick<ContentView, 'articles' | 'audience' | 'livePosts'>): string {
  const { articles, audience } = view;
  const now = audience.now;
  const since = now.getTime() - NEWS_WINDOW_HOURS * 3_600_000;
  const recent = articles
    .filter((a) => a.publishedAt.getTime() >= since && a.publishedAt <= now)
    .slice(0, NEWS_MAX_ITEMS);
  const language = site.language.split('-')[0]!;
  const urls = recent.map(
    (a) =>
      `  <url>
    <loc>${escapeXml(absoluteUrl(articlePath(a)))}</loc>
    <lastmod>${w3c(storyModifiedAt(a, view.livePosts(a.slug)))}</lastmod>
    <news:news>
      <news:publication><news:name>${escapeXml(site.name)}</news:name>` +
      `<news:language>${language}</news:language></news:publication>
      <news:publication_date>${w3c(a.publishedAt)}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>
    </news:news>
  </url>`,
  );
  return (
    `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ` +
    `xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`
  );
}

export function latest(dates: Date[]): Date | undefined {
  let max: Date | undefined;
  for (const d of dates) if (!max || d > max) max = d;
  return max;
}
