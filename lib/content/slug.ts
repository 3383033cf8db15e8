export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Top-level routes a section slug may not shadow. Keep in sync with app/. */
export const RESERVED_SECTION_SLUGS = [
  'authors',
  'topics',
  'search',
  'api',
  'preview',
  'feeds',
  'images',
  'page',
  'cards',
  'about',
  'corrections',
  'sitemap.xml',
  'news-sitemap.xml',
  'robots.txt',
  'sitemaps',
  'icon.svg',
  'logo.png',
  'opengraph-image',
  'favicon.ico',
  '_next',
] as const;

/** "University of Port Merrow" -> "university-of-port-merrow"; accents folded, punctuation dropped. */
export function topicSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
