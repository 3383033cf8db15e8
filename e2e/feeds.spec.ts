import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';

const SITE = 'http://localhost:3000'; // SITE_URL is unset in tests, so feed links use the default.

/**
 * The public stories tagged "Harbour redevelopment" in the demo content, newest first. The topic
 * also holds a draft (ottervane-tapestry-returns-to-city) and a story scheduled for March 2027
 * (brackenfold-stand-expansion-plan): neither may appear.
 */
const HARBOUR_REDEVELOPMENT = [
  'harbour-flood-warning-storm-surge',
  'tidal-turbine-trial-harbour-mouth',
  'harbour-company-chair-steps-down',
  'coastal-half-marathon-new-harbour-route',
  'harbour-net-lofts-artist-studios',
  'saltings-quay-housing-blocks-approved',
  'tidewright-opens-turbine-assembly-workshop',
  'fish-market-auction-goes-digital',
];

interface ParsedFeed {
  error: string | null;
  title: string;
  entries: { slug: string; title: string; titleType: string | null; labels: string[] }[];
}

/** Parses a served feed with the browser's strict XML parser, as a feed reader would. */
async function parseFeed(page: Page, path: string): Promise<ParsedFeed> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const xml = await response.text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const slugOf = (url: string) => new URL(url).pathname.split('/').pop()!;
    const isAtom = doc.documentElement.localName === 'feed';
    const items = [...doc.documentElement.querySelectorAll(isAtom ? ':scope > entry' : 'channel > item')];
    return {
      error,
      title: doc.querySelector(isAtom ? 'feed > title' : 'channel > title')?.textContent ?? '',
      entries: items.map((item) => {
        const title = item.querySelector(':scope > title')!;
        const link = isAtom
          ? item.querySelector(':scope > link')!.getAttribute('href')!
          : item.querySelector('link')!.textContent!;
        return {
          slug: slugOf(link),
          title: title.textContent!,
          titleType: title.getAttribute('type'),
          labels: [...item.querySelectorAll(':scope > category')].map((c) =>
            isAtom ? c.getAttribute('label')! : c.textContent!,
          ),
        };
      }),
    };
  }, xml);
}

test('a topic feed lists exactly the topic’s public stories, newest first, in Atom and RSS', async ({ page }) => {
  for (const [file, type] of [
    ['atom.xml', 'application/atom+xml'],
    ['rss.xml', 'application/rss+xml'],
  ]) {
    const path = `/feeds/topics/harbour-redevelopment/${file}`;
    expect((await page.request.get(path)).headers()['content-type']).toBe(`${type}; charset=utf-8`);
    const feed = await parseFeed(page, path);
    expect(feed.error, path).toBeNull();
    expect(feed.title).toBe('Harbour redevelopment · Masthead');
    expect(feed.entries.map((e) => e.slug)).toEqual(HARBOUR_REDEVELOPMENT);
  }
});

test('topic, section, author and site feeds are well-formed XML to xmllint', async ({ request }) => {
  for (const base of [
    '/feeds/topics/floods',
    '/feeds/topics/budget',
    '/feeds/sections/science',
    '/feeds/authors/mateo-farrant',
    '/feeds',
  ]) {
    for (const file of ['atom.xml', 'rss.xml']) {
      const xml = await (await request.get(`${base}/${file}`)).text();
      expect(
        () => execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: 'pipe' }),
        `${base}/${file}`,
      ).not.toThrow();
    }
  }
});

test('Atom titles are text: apostrophes and ampersands read back as written', async ({ page }) => {
  const feed = await parseFeed(page, '/feeds/topics/floods/atom.xml');
  expect(feed.error).toBeNull();
  expect(feed.entries.map((e) => e.titleType)).toEqual(['text', 'text', 'text', 'text']);
  const story = feed.entries.find((e) => e.slug === 'merrow-estuary-flood-model-upgrade')!;
  expect(story.title).toBe("New flood model gives estuary streets six hours' warning of surges");
  expect(story.labels).toEqual(['Science & Environment', 'Floods', 'University of Port Merrow', 'Merrow City Council']);
});

test('a topic page links its Atom and RSS feeds', async ({ page }) => {
  await page.goto('/topics/harbour-redevelopment');
  const href = (type: string) => page.locator(`link[rel="alternate"][type="${type}"]`).getAttribute('href');
  expect(await href('application/atom+xml')).toBe(`${SITE}/feeds/topics/harbour-redevelopment/atom.xml`);
  expect(await href('application/rss+xml')).toBe(`${SITE}/feeds/topics/harbour-redevelopment/rss.xml`);
});

test('an unknown topic has no feed', async ({ request }) => {
  expect((await request.get('/feeds/topics/no-such-topic/atom.xml')).status()).toBe(404);
  expect((await request.get('/feeds/topics/floods/feed.json')).status()).toBe(404);
});

test('a story’s social card is drawn once and then served from the cache', async ({ request }) => {
  const url = '/cards/tidal-turbine-trial-harbour-mouth.png';
  expect((await request.get(url)).status()).toBe(200);
  const again = await request.get(url);
  expect(again.headers()['content-type']).toBe('image/png');
  expect(['HIT', 'STALE']).toContain(again.headers()['x-nextjs-cache']);
});
