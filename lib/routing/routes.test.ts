import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import { sectionStub, viewOf } from '@/lib/content/testing/viewOf';
import type { Author } from '@/lib/content/types';
import { livePostRun } from '@/lib/live/testing/livePostRun';
import { routeExists } from './routes';
import { TOP_LEVEL_ROUTES } from './topLevelRoutes';

const stories = Array.from({ length: 45 }, (_, i) =>
  articleStub(`story-${i}`, { section: 'city', topics: [{ slug: 'harbour', name: 'Harbour' }] }),
);
const draft = articleStub('secret-plan', { section: 'city', status: 'draft' });
// A live story with 45 posts, one pinned (44 in the stream: 3 pages at 20), a draft and a scheduled post.
const live = articleStub('storm-live', { section: 'city', format: 'live' });
const posts = [
  ...livePostRun('storm-live', 45).map((p) => (p.slug === 'post-30' ? { ...p, pinned: true } : p)),
  livePostStub('storm-live', 'draft-post', { status: 'draft' }),
  livePostStub('storm-live', 'future-post', { at: new Date('2027-01-01T00:00:00Z') }),
];
const view = viewOf(
  {
    articles: [...stories, draft, live],
    sections: [sectionStub('city')],
    authors: [{ slug: 'ada-vell' } as Author],
    livePosts: posts,
  },
  { now: new Date('2026-12-01T00:00:00Z'), preview: false },
);

// 46 public stories at the default 20 a page: pages 1 to 3.
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
    ['/city/storm-live', true],
    ['/city/storm-live/page/2', true],
    ['/city/storm-live/page/3', true],
    ['/city/storm-live/page/4', false],
    ['/city/storm-live/page/1', false],
    ['/city/storm-live/page/02', false],
    ['/city/storm-live/live.json', true],
    ['/city/storm-live/posts/post-30', true],
    ['/city/storm-live/posts/post-1', true],
    ['/city/storm-live/posts/draft-post', false],
    ['/city/storm-live/posts/future-post', false],
    ['/city/storm-live/posts/no-such-post', false],
    ['/city/storm-live/posts', false],
    ['/city/storm-live/posts/post-1/extra', false],
    ['/city/storm-live/extra', false],
    ['/politics/storm-live/live.json', false],
    ['/city/story-3/live.json', false],
    ['/city/story-3/page/2', false],
    ['/city/story-3/posts/post-1', false],
    ['/city/secret-plan/live.json', false],
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
    ['/preview', false],
    ['/preview/secret-plan', false],
    ['/api/draft', true],
    ['/api/draft/disable', true],
    ['/api/revalidate', true],
    ['/api/views', true],
    ['/api/views/extra', false],
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
    ['/feeds/live/storm-live/atom.xml', true],
    ['/feeds/live/storm-live/rss.xml', true],
    ['/feeds/live/story-3/atom.xml', false],
    ['/feeds/live/nowhere/atom.xml', false],
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
