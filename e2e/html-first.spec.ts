import { gzipSync } from 'node:zlib';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { anatomy, authors, endedLive, runningLive, urlOf, withHistory } from './content';
import { brokenPublished, e2eFixture } from './fixture';
import { pageScripts } from './pageScripts';

// Readers' pages carry no framework runtime: no Next.js chunk, no inline RSC payload, no script
// preload; only our islands (docs/adr/002-readers-pages-without-framework-runtime.md).
// Checked on pages as the test server sends them, on every path a page takes there: prerendered by the
// build, rendered on its first request, regenerated after PUBLISH_INTERVAL_SECONDS (5 s in the tests),
// and rendered per request.

const THEME = '/islands/theme-toggle.js';
const SHARE = '/islands/share-actions.js';
const LIVE = '/islands/live-updates.js';
const TEXT_SIZE = '/islands/text-size.js';
const BEACON = '/islands/view-beacon.js';
const aged = () => e2eFixture().aged;

const pages: [string, () => string, string[], number][] = [
  // [page type, path, its island scripts, its JSON-LD blocks]
  ['front', () => '/', [THEME], 1],
  ['section', () => '/city', [THEME], 1],
  ['section page 2', () => '/politics/page/2', [THEME], 1],
  ['article', () => urlOf(anatomy), [THEME, SHARE, TEXT_SIZE, BEACON], 1],
  ['article with updates', () => urlOf(withHistory), [THEME, SHARE, TEXT_SIZE, BEACON], 1],
  ['article rendered on its first request', () => urlOf(aged()), [THEME, SHARE, TEXT_SIZE, BEACON], 1],
  ['running live story', () => urlOf(runningLive), [THEME, SHARE, TEXT_SIZE, LIVE, BEACON], 1],
  ['running live story page 2', () => `${urlOf(runningLive)}/page/2`, [THEME, SHARE, TEXT_SIZE], 1],
  ['ended live story', () => urlOf(endedLive), [THEME, SHARE, TEXT_SIZE, BEACON], 1],
  ['authors', () => '/authors', [THEME], 0],
  ['author', () => `/authors/${authors[0]!.slug}`, [THEME], 1],
  ['author page 2, rendered on its first request', () => '/authors/ines-okafor/page/2', [THEME], 1],
  ['topics', () => '/topics', [THEME], 0],
  ['topic', () => '/topics/tram-network', [THEME], 1],
  ['search, rendered per request', () => '/search?q=harbour', [THEME], 0],
  ['corrections', () => '/corrections', [THEME], 0],
  ['standards page', () => '/about/corrections-policy', [THEME], 1],
];

async function expectNoRuntime(request: APIRequestContext, path: string, islands: string[], jsonLd: number) {
  const response = await request.get(path);
  const html = await response.text();
  // Which islands, not in what order: React hoists each island's script as its part of the page finishes rendering.
  const scripts = pageScripts(html);
  scripts.sources.sort();
  expect(scripts, path).toEqual({
    sources: [...islands].sort(),
    inline: ['theme'],
    dataBlocks: jsonLd,
    scriptHints: [],
  });
  expect(html, path).not.toContain('self.__next_f');
  expect(response.headers().link ?? '', path).not.toMatch(/as="?script|modulepreload/);
  return response;
}

for (const [kind, path, islands, jsonLd] of pages) {
  test(`${kind}: no framework runtime, only its islands`, async ({ request }) => {
    expect((await expectNoRuntime(request, path(), islands, jsonLd)).status()).toBe(200);
  });
}

test('the 404 page carries no framework runtime either', async ({ request }) => {
  expect((await expectNoRuntime(request, '/no-such-page', [THEME], 0)).status()).toBe(404);
  expect((await expectNoRuntime(request, '/city/no-such-story', [THEME], 0)).status()).toBe(404);
});

test('the error page (500) keeps the runtime: Next.js renders app/error.tsx only in the browser', async ({
  request,
}) => {
  const response = await request.get(urlOf(brokenPublished));
  expect(response.status()).toBe(500);
  const html = await response.text();
  expect(html).toContain('self.__next_f');
  expect(html).not.toContain('Something went wrong on our side');
});

test('a page regenerated after the publish interval is stored and served without the runtime', async ({ request }) => {
  const generatedAt = async () =>
    /data-generated-at="([^"]+)"/.exec(await (await expectNoRuntime(request, '/sport', [THEME], 1)).text())![1];
  const first = await generatedAt();
  await new Promise((r) => setTimeout(r, 6_000));
  // The first request after the interval gets the old page and starts a regeneration; a later one gets the new page.
  await expect.poll(generatedAt, { timeout: 20_000, intervals: [500] }).not.toBe(first);
});

test('all the JavaScript a reader downloads is our islands, under 10 KB gzipped', async ({ request }) => {
  let gzipped = 0;
  for (const island of [THEME, SHARE, LIVE, TEXT_SIZE, BEACON]) {
    const response = await request.get(island);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    gzipped += gzipSync(await response.body()).length;
  }
  expect(gzipped).toBeLessThanOrEqual(10 * 1024);
});

test('in a browser, an article loads no script but its islands, and the islands work', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(urlOf(anatomy), { waitUntil: 'load' });
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeEnabled();
  await expect(page.getByRole('button', { name: /^(Share…|Copy link)$/ })).toBeEnabled();
  expect(scripts.sort()).toEqual([SHARE, TEXT_SIZE, THEME, BEACON]);
  expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false);
});

test('without JavaScript a reader still finds, reads and searches stories', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/politics');
  await page.getByRole('link', { name: anatomy.title }).first().click();
  await expect(page).toHaveURL(urlOf(anatomy));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(anatomy.title);
  const search = page.getByRole('search', { name: 'Site search' });
  await search.getByRole('searchbox').fill('harbour');
  await search.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=harbour/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await context.close();
});
