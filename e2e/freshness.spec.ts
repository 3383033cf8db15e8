import { expect, type Page, test } from '@playwright/test';
import { jsonLd } from './jsonLd';

/**
 * How fresh a live story looks to crawlers and feed readers: every signal gives the time of its newest public post
 * (or its own last update, were that later). The times are literals from the demo content:
 * - content/articles/harbour-cross-warehouse-fire-live.mdx, running, published 05:40 on 25 November 2026; its newest
 *   public post is content/live/harbour-cross-warehouse-fire-live/20261125-1820.mdx. A later draft (19:05), the test
 *   server's draft (19:30, scripts/e2e-serve.mjs) and a post scheduled for March 2027 must not count.
 * - content/articles/assembly-levy-vote-live.mdx, ended, published 13:00 on 10 November 2026; newest post 18:45.
 * The test server's scheduled story (city, Ines Okafor, "Tourism") falls due during the run, so the assertions stay
 * off what it changes: Mateo Farrant and the topic "Small business" hold the fire story and nothing newer.
 */
const SITE = 'http://localhost:3000'; // SITE_URL is unset in tests, so absolute URLs use the default.
const fire = {
  path: '/city/harbour-cross-warehouse-fire-live',
  title: 'Harbour Cross warehouse fire: live updates',
  publishedAt: '2026-11-25T05:40:00.000Z',
  modifiedAt: '2026-11-25T18:20:00.000Z',
  rssDate: 'Wed, 25 Nov 2026 18:20:00 GMT',
};
const levy = {
  path: '/politics/assembly-levy-vote-live',
  title: 'Coastal levy vote at the Vessary Assembly: as it happened',
  publishedAt: '2026-11-10T13:00:00.000Z',
  modifiedAt: '2026-11-10T18:45:00.000Z',
  rssDate: 'Tue, 10 Nov 2026 18:45:00 GMT',
};

/** `Last-Modified` is not sent today; if a route ever sends it, it must agree with the other signals. */
function expectLastModified(headers: Record<string, string>, rssDate: string) {
  if (headers['last-modified'] !== undefined) expect(headers['last-modified']).toBe(rssDate);
}

/** A sitemap's `<lastmod>` by `<loc>`. */
async function lastmods(page: Page, path: string): Promise<Record<string, string>> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const xml = await response.text();
  return Object.fromEntries(
    [...xml.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [m[1]!, m[2]!]),
  );
}

interface FeedDates {
  /** RSS `lastBuildDate` or Atom `<feed><updated>`. */
  updated: string;
  /** Each entry's updated time (Atom `updated`, RSS `atom:updated`) by its URL. */
  entries: Record<string, string>;
}

/** The dates a feed reader reads, parsed by the browser's strict XML parser. */
async function feedDates(page: Page, path: string): Promise<FeedDates> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const dates = await page.evaluate(
    (text) => {
      const ATOM = 'http://www.w3.org/2005/Atom';
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
      const isAtom = doc.documentElement.localName === 'feed';
      const items = [...doc.documentElement.querySelectorAll(isAtom ? ':scope > entry' : 'channel > item')];
      const updatedOf = (item: Element) => item.getElementsByTagNameNS(ATOM, 'updated')[0]!.textContent!;
      const linkOf = (item: Element) =>
        isAtom ? item.querySelector(':scope > link')!.getAttribute('href')! : item.querySelector('link')!.textContent!;
      return {
        updated: isAtom
          ? doc.querySelector('feed > updated')!.textContent!
          : doc.querySelector('channel > lastBuildDate')!.textContent!,
        entries: Object.fromEntries(items.map((item) => [linkOf(item), updatedOf(item)])),
      };
    },
    await response.text(),
  );
  expectLastModified(response.headers(), new Date(dates.updated).toUTCString());
  return dates;
}

test('the sitemaps date a live story, and the pages listing it, by its newest public post', async ({ page }) => {
  const articles = await lastmods(page, '/sitemaps/articles-1.xml');
  expect(articles[`${SITE}${fire.path}`]).toBe('2026-11-25T18:20:00Z');
  expect(articles[`${SITE}${levy.path}`]).toBe('2026-11-10T18:45:00Z');
  expect((await lastmods(page, '/sitemaps/topics.xml'))[`${SITE}/topics/small-business`]).toBe('2026-11-25T18:20:00Z');
  expect((await lastmods(page, '/sitemaps/authors.xml'))[`${SITE}/authors/mateo-farrant`]).toBe('2026-11-25T18:20:00Z');
});

test('a live story’s meta tags and structured data give its newest public post as its last change', async ({
  page,
  request,
}) => {
  for (const story of [fire, levy]) {
    const response = await page.goto(story.path);
    expectLastModified(response!.headers(), story.rssDate);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await meta('article:published_time'), story.path).toBe(story.publishedAt);
    expect(await meta('article:modified_time'), story.path).toBe(story.modifiedAt);
    const blog = (await jsonLd(request, story.path)).find((item) => item['@type'] === 'LiveBlogPosting')!;
    expect(blog.dateModified, story.path).toBe(story.modifiedAt);
  }
  // A later page of the running story is the same story, as fresh.
  await page.goto(`${fire.path}/page/2`);
  expect(await page.locator('meta[property="article:modified_time"]').getAttribute('content')).toBe(fire.modifiedAt);
  const profile = (await jsonLd(request, '/authors/mateo-farrant')).find((item) => item['@type'] === 'ProfilePage')!;
  expect(profile.dateModified).toBe(fire.modifiedAt);
});

test('feeds date a live story by its newest public post: its own feed, and the feeds listing it', async ({ page }) => {
  for (const story of [fire, levy]) {
    const slug = story.path.split('/').pop();
    expect((await feedDates(page, `/feeds/live/${slug}/rss.xml`)).updated).toBe(story.rssDate);
    expect((await feedDates(page, `/feeds/live/${slug}/atom.xml`)).updated).toBe(story.modifiedAt);
  }
  for (const path of ['/feeds/rss.xml', '/feeds/atom.xml', '/feeds/sections/city/rss.xml']) {
    expect((await feedDates(page, path)).entries[`${SITE}${fire.path}`], path).toBe(fire.modifiedAt);
  }
  for (const path of ['/feeds/sections/politics/rss.xml', '/feeds/sections/politics/atom.xml']) {
    expect((await feedDates(page, path)).entries[`${SITE}${levy.path}`], path).toBe(levy.modifiedAt);
  }
  for (const base of ['/feeds/topics/small-business', '/feeds/authors/mateo-farrant']) {
    expect((await feedDates(page, `${base}/rss.xml`)).updated, base).toBe(fire.rssDate);
    const atom = await feedDates(page, `${base}/atom.xml`);
    expect(atom.updated, base).toBe(fire.modifiedAt);
    expect(atom.entries[`${SITE}${fire.path}`], base).toBe(fire.modifiedAt);
  }
});

test('every page with a card image gives X/Twitter its alt text, as it gives Open Graph', async ({ page }) => {
  const paths = [
    '/',
    '/city',
    '/politics/page/2',
    fire.path,
    levy.path,
    '/city/harbour-flood-warning-storm-surge',
    '/authors/mateo-farrant',
    '/topics/small-business',
    '/corrections',
    '/about/corrections-policy',
  ];
  const alts: Record<string, string> = {};
  for (const path of paths) {
    await page.goto(path);
    // Read at once, so a missing tag is null and fails here rather than waiting for the tag to appear.
    const [image, alt, ogAlt] = await page.evaluate(() =>
      ['meta[name="twitter:image"]', 'meta[name="twitter:image:alt"]', 'meta[property="og:image:alt"]'].map(
        (selector) => document.querySelector(selector)?.getAttribute('content') ?? null,
      ),
    );
    expect(image, path).toBeTruthy();
    expect(alt, path).toBeTruthy();
    expect(alt, path).toBe(ogAlt);
    alts[path] = alt!;
  }
  expect(alts[fire.path]).toBe(fire.title);
  expect(alts[levy.path]).toBe(levy.title);
  expect(alts['/']).toBe('Masthead: News from Port Merrow and the Vessary coast');
});

test('feed links are titled by what the feed holds, naming the site once', async ({ page }) => {
  const expected: Record<string, string> = {
    '/': 'Masthead — all stories',
    '/politics': 'Masthead — Politics',
    '/politics/page/2': 'Masthead — Politics',
    [levy.path]: 'Masthead — Coastal levy vote at the Vessary Assembly: as it happened',
    '/city/harbour-flood-warning-storm-surge': 'Masthead — City',
    '/authors/mateo-farrant': 'Masthead — stories by Mateo Farrant',
    '/topics/small-business': 'Masthead — Small business',
    '/corrections': 'Masthead — corrections and clarifications',
  };
  for (const [path, title] of Object.entries(expected)) {
    await page.goto(path);
    const titles = await page
      .locator('link[rel="alternate"][type^="application/"]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute('type')} ${l.getAttribute('title')}`));
    expect(titles, path).toEqual([`application/rss+xml ${title} (RSS)`, `application/atom+xml ${title} (Atom)`]);
  }
});
