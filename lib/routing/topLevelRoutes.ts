/**
 * Every top-level path segment the app owns: its routes in app/, its files in public/ and the names Next.js reserves.
 * The one list: sections may not take these names (lib/content/slug.ts), and the request gate says what may follow each
 * (lib/routing/routes.ts, checked against app/ and public/ by its test).
 */
export const TOP_LEVEL_ROUTES = [
  'authors',
  'topics',
  'search',
  'api',
  'preview',
  'feeds',
  'sitemaps',
  'cards',
  'about',
  'corrections',
  'sitemap.xml',
  'news-sitemap.xml',
  'robots.txt',
  'icon.svg',
  'logo.png',
  'images',
  'islands',
  '_next',
  'favicon.ico',
  'opengraph-image',
  'page',
] as const;

export type TopLevelRoute = (typeof TOP_LEVEL_ROUTES)[number];
