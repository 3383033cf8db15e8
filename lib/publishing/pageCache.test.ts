import { afterEach, describe, expect, it } from 'vitest';
// The page cache that `npm start` runs (next.config.js), over Next.js's own file-system cache, kept in memory here.
import PageCache from '@/cache-handler.mjs';
import { contentLoadTag, countContentLoad } from '@/lib/content/contentLoad';

const store = globalThis as typeof globalThis & { __mastheadContentLoad?: number };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function renderedPage(html: string, load: number) {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: undefined,
    status: 200,
    postponed: undefined,
    segmentData: undefined,
    headers: { 'x-next-cache-tags': ['story:harbour-fire', 'schedule', contentLoadTag(load)].join(',') },
  };
}
const pageContext = { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false };
const storeContext = { cacheControl: { revalidate: 60, expire: 3600 }, isRoutePPREnabled: false, isFallback: false };

describe('the page cache and a publish', () => {
  afterEach(() => {
    store.__mastheadContentLoad = undefined;
  });

  it('does not store a render made from content older than the server now holds', async () => {
    const cache = new PageCache({ flushToDisk: false, serverDistDir: '/nonexistent', maxMemoryCacheSize: 1e7 });
    const key = '/city/harbour-fire';
    await cache.set(key, renderedPage('before the publish', 0), storeContext);
    expect((await cache.get(key, pageContext))?.value.html).toBe('before the publish');

    // A regeneration reads the content (load 0); a publish lands while it renders: new content, tag expired.
    await tick();
    countContentLoad();
    await cache.revalidateTag(['story:harbour-fire'], { expire: 0 });
    await tick();
    await cache.set(key, renderedPage('rendered from the old content', 0), storeContext);
    expect(await cache.get(key, pageContext)).toBeNull();

    // The next request renders the new content, and that is kept.
    await cache.set(key, renderedPage('with the new post', 1), storeContext);
    expect((await cache.get(key, pageContext))?.value.html).toBe('with the new post');
  });
});

describe('the page cache and error renders', () => {
  it.each([404, 410, 500, 503])('stores no page that rendered a %i', async (status) => {
    const cache = new PageCache({ flushToDisk: false, serverDistDir: '/nonexistent', maxMemoryCacheSize: 1e7 });
    const key = `/city/made-up-${status}`;
    await cache.set(key, { ...renderedPage('Not found', store.__mastheadContentLoad ?? 0), status }, storeContext);
    expect(await cache.get(key, pageContext)).toBeNull();
  });

  it('stores no route handler answer that was an error', async () => {
    const cache = new PageCache({ flushToDisk: false, serverDistDir: '/nonexistent', maxMemoryCacheSize: 1e7 });
    const route = { kind: 'APP_ROUTE', status: 404, body: Buffer.from('Not found'), headers: {} };
    await cache.set('/feeds/made-up.xml', route, storeContext);
    expect(
      await cache.get('/feeds/made-up.xml', { kind: 'APP_ROUTE', isFallback: false, isRoutePPREnabled: false }),
    ).toBeNull();
  });
});
