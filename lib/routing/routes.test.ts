import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/buildIndex';
import { createContentView } from '@/lib/content/contentView';
import { articleStub } from '@/lib/content/testing/articleStub';
import { routeExists } from './routes';
import { TOP_LEVEL_ROUTES } from './topLevelRoutes';

const stories = Array.from({ length: 45 }, (_, i) =>
  articleStub(`story-${i}`, { section: 'city', topics: [{ slug: 'harbour', name: 'Harbour' }] }),
);
const draft = articleStub('secret-plan', { section: 'city', status: 'draft' });
const index = {
  sections: [{ slug: 'city' }],
  authors: [{ slug: 'ada-vell' }],
  articles: [...stories, draft],
  problems: [],
  sectionsBySlug: new Map([['city', { slug: 'city' }]]),
  authorsBySlug: new Map([['ada-vell', { slug: 'ada-vell' }]]),
  articlesBySlug: new Map([...stories, draft].map((a) => [a.slug, a])),
  redirects: new Map(),
  pages: [],
  publisherRoles: new Map(),
} as unknown as ContentIndex;
const view = createContentView(index, { now: new Date('2026-12-01T00:00:00Z'), preview: false });

// 45 stories at the default 20 a page: pages 1 to 3.
describe('which URLs name something a reader may see', () => {
  it.each([
    ['/', true],
    ['/city', true],
    ['/city/page/3', true],
    ['/city/page/4', false],
    ['/city/page/1', false],
    ['/city/page/02', false],
    ['/city/story-3', true],
    ['/city/secret-plan', false],
    ['/city/no-such-story', false],
    ['/city/story-3/extra', false],
    ['/nowhere', false],
    ['/nowhere/page/2', false],
    ['/page', false],
    ['/authors', true],
    ['/authors/ada-vell', true],
    ['/authors/ada-vell/page/3', true],
    ['/authors/ada-vell/page/9', false],
    ['/authors/nobody', false],
    ['/authors/nobody/page/2', false],
    ['/topics', true],
    ['/topics/harbour/page/2', true],
    ['/topics/nothing', false],
    ['/topics/nothing/page/2', false],
    ['/search', true],
    ['/search/anything', false],
    ['/preview', true],
    ['/preview/secret-plan', false],
    ['/api/draft', true],
    ['/api/draft/disable', true],
    ['/api/revalidate', true],
    ['/api/anything', false],
    ['/feeds/rss.xml', true],
    ['/feeds/atom.xml', true],
    ['/feeds/json.xml', false],
    ['/feeds/sections/city/rss.xml', true],
    ['/feeds/sections/nowhere/rss.xml', false],
    ['/feeds/authors/ada-vell/atom.xml', true],
    ['/feeds/authors/nobody/atom.xml', false],
    ['/feeds/topics/harbour/rss.xml', true],
    ['/feeds/topics/nowhere/rss.xml', false],
    ['/feeds/corrections/atom.xml', true],
    ['/feeds/corrections/x.xml', false],
    ['/corrections', true],
    ['/corrections/page/9', false],
    ['/about/nowhere', false],
    ['/sitemaps/articles-1.xml', true],
    ['/sitemaps/articles-2.xml', false],
    ['/sitemaps/sections.xml', true],
    ['/sitemaps/anything.xml', false],
    ['/cards/default.png', true],
    ['/cards/story-3.png', true],
    ['/cards/secret-plan.png', false],
    ['/cards/anything.png', false],
    ['/robots.txt', true],
    ['/sitemap.xml', true],
    ['/robots.txt/x', false],
    ['/islands/theme-toggle.js', true],
    ['/islands/share-actions.js', true],
    ['/islands/theme-toggle.css', false],
    ['/islands/made-up.js', false],
    ['/islands', false],
    ['/islands/theme-toggle.js/x', false],
    ['/constructor', false],
    ['/__proto__/x', false],
  ])('%s -> %s', (path, exists) => {
    expect(routeExists(path.slice(1).split('/'), view)).toBe(exists);
  });
});

describe('the one list of top-level routes', () => {
  it('names every route in app/ and every file in public/', () => {
    const named = new Set<string>(TOP_LEVEL_ROUTES);
    const appRoutes = fs
      .readdirSync('app', { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('['))
      .map((e) => e.name);
    const metadataFiles = fs
      .readdirSync('app')
      .filter((f) => /^(robots|sitemap|icon|favicon|opengraph-image)\./.test(f))
      .map((f) => f.replace(/^robots\.ts$/, 'robots.txt').replace(/^sitemap\.ts$/, 'sitemap.xml'));
    for (const name of [...appRoutes, ...metadataFiles, ...fs.readdirSync('public')])
      expect(named.has(name), `${name} is missing from TOP_LEVEL_ROUTES`).toBe(true);
  });
});
