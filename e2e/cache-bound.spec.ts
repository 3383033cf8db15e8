import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { previewLinkPath } from '../lib/preview/previewLink';
import { E2E_DRAFT_SECRET } from '../playwright.config';
import { rawSend } from './rawHttp';

/** The build the test server runs (scripts/e2e-serve.mjs): its ISR and image caches live under it. */
const DIST = '.next';
/** Every made-up URL below carries one of these, so a cache entry stored for one shows in its file name. */
const MARKER = /zzq\d|(?:^|\/)9\d{5}(?:[./]|$)/;

function markedCacheFiles(): string[] {
  return fs
    .readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => MARKER.test(file) && !file.startsWith('trace'))
    .map((file) => path.join(DIST, file));
}

/** A real live story: its later pages, posts and manifest are route shapes of their own. */
const LIVE = 'harbour-cross-warehouse-fire-live';

/** Made-up URLs of every route shape (token `zzq<i>` or page number 9xxxxx), some with a query. */
function madeUpUrls(i: number): string[] {
  const t = `zzq${i}`;
  const n = 900_000 + i;
  return [
    `/city/${t}`,
    `/${t}/page/2`,
    `/city/page/${n}`,
    `/${t}`,
    `/topics/${t}/page/2`,
    `/authors/${t}/page/2`,
    `/authors/ines-okafor/page/${n}`,
    `/sitemaps/${t}.xml`,
    `/cards/${t}.png`,
    `/preview/${t}`,
    `/search/${t}`,
    `/api/${t}`,
    `/feeds/sections/${t}/rss.xml`,
    `/city/${t}?page=${i}`,
    `/topics/${t}?q=1`,
    `/city/${t}/live.json`,
    `/city/${LIVE}/posts/${t}`,
    `/city/${LIVE}/page/${n}`,
    `/city/${LIVE}/${t}`,
    `/feeds/live/${t}/atom.xml`,
  ];
}

test('hundreds of made-up URLs, with and without a forged preview cookie, are 404s that store nothing', async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  expect(markedCacheFiles().length, 'cache entries named after made-up URLs before the test').toBe(0);
  const reader = await playwright.request.newContext({ baseURL });
  const forged = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: '__prerender_bypass=0123456789abcdef; __next_preview_data=forged' },
  });
  const statuses = new Map<number, number>();
  for (let i = 0; i < 12; i++) {
    for (const [client, url] of madeUpUrls(i).flatMap((u) => [
      [reader, u] as const,
      [forged, u.replace('zzq', 'zzq1')] as const,
    ])) {
      const status = (await client.get(url, { maxRedirects: 0 })).status();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }
  expect(Object.fromEntries(statuses)).toEqual({ 404: 12 * 20 * 2 });
  // Give the server a moment to finish any background cache write before looking.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(markedCacheFiles().length, 'cache entries named after made-up URLs').toBe(0);
});

/** Made-up URLs spelled as an attacker spells them, sent byte for byte (a client library would tidy them). */
function madeUpSpellings(i: number): string[] {
  const t = `zzq${i}`;
  return [
    `/_next/${t}`,
    `/_next/static/${t}.js`,
    `/city/./${t}`,
    `/x/../topics/${t}`,
    `/city/${t}"1`,
    `/city/${t}'<1>`,
    `/city/[${t}]`,
    `/city/%2e%2e/${t}`,
    `/city/${t}%2F.%2F`,
    `//city//${t}`,
    `/city\\${t}`,
    `/%63ity/${t}`,
    `/city/${t}%252e`,
    `/city/${t}/`,
    `/_next/image?url=%2Fimages%2F${t}.jpg&w=640&q=65`,
  ];
}

test('made-up URLs of every spelling, with and without forged cookies, store nothing and never fail', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const port = Number(new URL(baseURL!).port);
  const cookies = [
    '',
    'Cookie: __prerender_bypass=0123456789abcdef0123456789abcdef\r\n',
    `Cookie: masthead_preview=${Math.floor(Date.now() / 1000) + 3600}.desk.${'A'.repeat(43)}\r\n`,
    'Cookie: masthead_preview=forged; __next_preview_data=forged\r\n',
  ];
  const statuses = new Map<number, number>();
  for (let i = 0; i < 10; i++)
    for (const target of madeUpSpellings(i))
      for (const cookie of cookies) {
        const { status } = await rawSend(port, 'GET', target, cookie);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
  expect(Object.fromEntries(statuses)).toEqual({ 404: 10 * 15 * 4 });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(markedCacheFiles().length, 'cache entries named after made-up URLs').toBe(0);
});

test(
  'a draft story’s own image is a 404 for readers, also through the image optimizer, ' + 'and visible in preview',
  async ({ page, request }) => {
    const image = '/images/stories/quillmoor-peat-bog-carbon-survey.jpg';
    const optimized = `/_next/image?url=${encodeURIComponent(image)}&w=640&q=65`;
    expect((await request.get(image)).status()).toBe(404);
    expect((await request.get(optimized)).status()).toBe(404);
    expect((await request.get(image, { headers: { cookie: '__prerender_bypass=forged' } })).status()).toBe(404);
    // A public story's image and an author's portrait stay public.
    expect((await request.get('/images/stories/harbour-flood-warning-storm-surge.jpg')).status()).toBe(200);
    expect((await request.get('/images/authors/ines-okafor.jpg')).status()).toBe(200);

    const story = '/science/quillmoor-peat-bog-carbon-survey';
    await page.goto(previewLinkPath(story, Math.floor(Date.now() / 1000) + 3600, E2E_DRAFT_SECRET));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Quillmoor/);
    const inPreview = await page.request.get(image);
    expect(inPreview.status()).toBe(200);
    expect(inPreview.headers()['cache-control']).toBe('private, no-store');
    expect((await page.request.get(optimized)).status()).toBe(200);
    await expect
      .poll(() =>
        page
          .locator('article img')
          .first()
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
  },
);
