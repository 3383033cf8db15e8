import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { sectionStub, viewOf } from '@/lib/content/testing/viewOf';
import type { Author, StandardsPage } from '@/lib/content/types';
import { livePostRun } from '@/lib/live/testing/livePostRun';
import type { PreviewGrant } from '@/lib/preview/previewSession';
import { type GateContext, gateRequest } from './requestGate';
import { APP_ROUTES } from './routes';

// Content in which every route of app/ has something to show: a live story with three pages of posts, an author, a
// topic and a standards page; 45 corrected stories give every listing a second page (20 a page).
const stories = Array.from({ length: 45 }, (_, i) =>
  articleStub(`story-${i}`, {
    section: 'city',
    authors: ['ada-vell'],
    topics: [{ slug: 'harbour', name: 'Harbour' }],
    updates: [{ at: new Date('2026-11-30T00:00:00Z'), kind: 'correction', note: 'A name was misspelt.' }],
  }),
);
const live = articleStub('storm-live', { section: 'city', format: 'live', updates: [] });
const readers = viewOf(
  {
    sections: [sectionStub('city')],
    authors: [{ slug: 'ada-vell', avatar: { src: '/images/authors/ada-vell.jpg', alt: '' } } as Author],
    articles: [...stories, live],
    pages: [{ slug: 'corrections-policy' } as StandardsPage],
    livePosts: livePostRun('storm-live', 45),
  },
  { now: new Date('2026-12-01T00:00:00Z'), preview: false },
);
const context = (grant: PreviewGrant | null): GateContext => ({
  readers,
  view: readers,
  grant,
  buildFile: () => false,
  images: { widths: new Set(), qualities: new Set() },
});

/** A value for each dynamic segment of app/, by its name and the folder before it. */
function exampleFor(param: string, parent: string): string {
  if (param === 'page') return '2';
  if (param === 'file') return parent === 'sitemaps' ? 'articles-1.xml' : 'rss.xml';
  if (param === 'post') return 'post-1';
  if (param === 'section') return 'city';
  if (param === 'topic') return 'harbour';
  if (param === 'slug') {
    const byParent: Record<string, string> = { authors: 'ada-vell', about: 'corrections-policy', sections: 'city' };
    return byParent[parent] ?? (parent === 'topics' ? 'harbour' : 'storm-live');
  }
  throw new Error(`no example for [${param}]: add one to exampleFor`);
}

/** Every page, route handler and metadata file under app/, as a concrete URL. */
function appRouteUrls(): { file: string; url: string }[] {
  const files = fs.readdirSync('app', { recursive: true }).map(String);
  const routes = files.filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f) || /^(robots\.ts|icon\.svg)$/.test(f));
  return routes.map((file) => {
    const segments = path.dirname(file) === '.' ? [] : path.dirname(file).split(path.sep);
    const concrete = segments.map((s, i) =>
      s.startsWith('[') ? exampleFor(s.slice(1, -1), segments[i - 1] ?? '') : s,
    );
    const name = { 'robots.ts': 'robots.txt', 'icon.svg': 'icon.svg' }[path.basename(file)];
    return { file: `app/${file}`, url: `/${[...concrete, ...(name ? [name] : [])].join('/')}` };
  });
}

/** Routes only an editor at the desk reaches; readers get the gate's 404. */
const DESK_ONLY = new Set(['app/preview/page.tsx', 'app/preview/[slug]/page.tsx']);

describe('the gate’s routes match app/', () => {
  const urls = appRouteUrls();

  it('finds the routes of app/', () => {
    expect(urls.length).toBeGreaterThanOrEqual(33);
    expect(urls).toContainEqual({
      file: 'app/[section]/[slug]/posts/[post]/route.ts',
      url: '/city/storm-live/posts/post-1',
    });
  });

  it.each(appRouteUrls())('$file has a gate rule ($url)', ({ file, url }) => {
    const reader = gateRequest('GET', url, '', context(null));
    if (DESK_ONLY.has(file)) {
      expect(reader, `${file}: readers must not reach it`).toEqual({ action: 'not-found' });
      expect(gateRequest('GET', url, '', context({ kind: 'desk' })), file).toEqual({ action: 'pass' });
    } else expect(reader, `${file} (${url}) has no gate rule in lib/routing/routes.ts`).toEqual({ action: 'pass' });
  });

  it('has no rule that opens a top-level name without a route in app/ or a file in public/', () => {
    const served = new Set([
      ...urls.map(({ url }) => url.split('/')[1] ?? ''),
      ...fs.readdirSync('public'),
      // Next.js's own files.
      '_next',
    ]);
    for (const [name, exists] of Object.entries(APP_ROUTES)) {
      const opens = exists([], readers) || exists(['x'], readers) || exists(['rss.xml'], readers);
      if (opens)
        expect(served.has(name), `APP_ROUTES.${name} opens URLs that nothing in app/ or public/ serves`).toBe(true);
    }
  });
});
