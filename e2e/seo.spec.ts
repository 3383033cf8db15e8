import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import {
  drafts,
  endedLive,
  publicArticles,
  revised,
  runningLive,
  scheduled,
  anatomy as story,
  urlOf,
  withCorrection,
} from './content';
import { brokenPublished, e2eFixture } from './fixture';
import { jsonLd, type Ld } from './jsonLd';
import { nuCheckerErrors } from './pageChecks';

const SITE = 'http://localhost:3000'; // SITE_URL is unset in tests, so canonical URLs use the default.
const author = story.author;
const section = { slug: 'politics', title: 'Politics' };
const pages = {
  front: '/',
  section: '/politics',
  article: urlOf(story),
  revised: urlOf(revised),
  author: `/authors/${author.slug}`,
  topic: '/topics/tram-network',
  'not-found': '/no-such-page-anywhere',
};

const ofType = (items: Ld[], type: string) => items.find((i) => i['@type'] === type);

test('every public page type passes the Nu HTML Checker with no errors', async ({ request }, info) => {
  test.setTimeout(90_000);
  expect(await nuCheckerErrors(request, pages, `vnu-${info.project.name}`)).toEqual([]);
});

test('articles carry canonical, OpenGraph article and Twitter card metadata', async ({ page }) => {
  await page.goto(urlOf(story));
  const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
  await expect(page).toHaveTitle(`${story.title} · Masthead`);
  expect(await meta('meta[name="description"]')).toBe(story.dek);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE}${urlOf(story)}`);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="article:published_time"]')).toBe(story.publishedAt);
  // Never revised: modified when published.
  expect(await meta('meta[property="article:modified_time"]')).toBe(story.publishedAt);
  expect(await meta('meta[property="article:section"]')).toBe(section.title);
  expect(
    await page.locator('meta[property="article:tag"]').evaluateAll((els) => els.map((e) => e.getAttribute('content'))),
  ).toEqual(story.topics.map((t) => t.name));
  expect(await meta('meta[property="article:author"]')).toBe(`${SITE}/authors/${author.slug}`);
  expect(await meta('meta[property="og:image"]')).toBe(`${SITE}/cards/${story.slug}.png`);
  expect(await meta('meta[property="og:image:width"]')).toBe('1200');
  expect(await meta('meta[property="og:image:height"]')).toBe('630');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
    `${SITE}/feeds/sections/${section.slug}/rss.xml`,
  );
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

test('the not-found page is noindex and answers 404', async ({ page }) => {
  const response = await page.goto('/no-such-page-anywhere');
  expect(response?.status()).toBe(404);
  expect(
    await page.locator('meta[name="robots"]').evaluateAll((els) => els.map((e) => e.getAttribute('content'))),
  ).toContainEqual(expect.stringMatching(/noindex/));
});

test('NewsArticle structured data has what Google News reads', async ({ request }) => {
  const items = await jsonLd(request, urlOf(story));
  const article = ofType(items, 'NewsArticle')!;
  expect(article.headline).toBe(story.title);
  expect(article.description).toBe(story.dek);
  expect(article.datePublished).toBe(story.publishedAt);
  expect(article.dateModified).toBe(story.publishedAt);
  expect(article.image.length).toBeGreaterThanOrEqual(2);
  for (const url of article.image) expect(url).toMatch(/^https?:\/\//);
  expect(article.author[0]).toMatchObject({
    '@type': 'Person',
    name: author.name,
    url: `${SITE}/authors/${author.slug}`,
  });
  expect(article.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'Masthead' });
  expect(article.publisher.logo.url).toBe(`${SITE}/logo.png`);
  expect(article.mainEntityOfPage['@id']).toBe(`${SITE}${urlOf(story)}`);
  expect(article.articleSection).toBe(section.title);
  expect(article.keywords).toEqual(story.topics.map((t) => t.name));
  expect(ofType(items, 'BreadcrumbList')!.itemListElement).toHaveLength(3);
});

test('a corrected story says so in its structured data as well as on the page', async ({ request }) => {
  const article = ofType(await jsonLd(request, urlOf(withCorrection)), 'NewsArticle')!;
  expect(article.correction).toEqual([
    {
      '@type': 'CorrectionComment',
      text: withCorrection.correction.note,
      datePublished: withCorrection.correction.at,
    },
  ]);
  expect(article.dateModified).toBe(withCorrection.modifiedAt);
});

test('author, section, topic and front pages carry their structured data', async ({ request }) => {
  const profile = ofType(await jsonLd(request, pages.author), 'ProfilePage')!;
  expect(profile.mainEntity).toMatchObject({ '@type': 'Person', name: author.name, jobTitle: author.role });
  for (const url of [pages.section, pages.topic]) {
    const collection = ofType(await jsonLd(request, url), 'CollectionPage')!;
    expect(collection.url).toBe(`${SITE}${url}`);
    expect(collection.breadcrumb['@type']).toBe('BreadcrumbList');
    expect(collection.breadcrumb.itemListElement.at(-1).item).toBe(`${SITE}${url}`);
    expect(collection.mainEntity.itemListElement.length).toBeGreaterThan(0);
  }
  const front = await jsonLd(request, '/');
  expect(ofType(front, 'WebSite')).toMatchObject({ name: 'Masthead', url: `${SITE}/` });
  expect(ofType(front, 'NewsMediaOrganization')).toMatchObject({ name: 'Masthead' });
});

test('the sitemap index and every child sitemap validate against the sitemaps.org schema', async ({
  request,
}, info) => {
  const dir = path.join('.tmp', `sitemaps-${info.project.name}`);
  fs.mkdirSync(dir, { recursive: true });
  const index = await request.get('/sitemap.xml');
  expect(index.headers()['content-type']).toContain('application/xml');
  const indexXml = await index.text();
  fs.writeFileSync(path.join(dir, 'index.xml'), indexXml);
  execFileSync('xmllint', ['--noout', '--schema', 'e2e/schemas/siteindex.xsd', path.join(dir, 'index.xml')], {
    stdio: 'pipe',
  });
  const children = [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(children).toEqual(
    expect.arrayContaining([
      '/sitemaps/articles-1.xml',
      '/sitemaps/sections.xml',
      '/sitemaps/authors.xml',
      '/sitemaps/topics.xml',
    ]),
  );
  const listed: string[] = [];
  for (const child of children) {
    const file = path.join(dir, path.basename(child));
    const xml = await (await request.get(child)).text();
    fs.writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--schema', 'e2e/schemas/sitemap.xsd', file], { stdio: 'pipe' });
    listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  for (const a of publicArticles) expect(listed).toContain(urlOf(a));
  for (const a of [...drafts, ...scheduled]) expect(listed).not.toContain(urlOf(a));
  const articlesXml = fs.readFileSync(path.join(dir, 'articles-1.xml'), 'utf8');
  expect(articlesXml).toContain(
    `<loc>${SITE}/sport/rovers-name-interim-manager</loc><lastmod>2026-11-25T08:40:00Z</lastmod>`,
  );
});

test('the Google News sitemap lists the public stories of the last 48 hours and no older ones', async ({ request }) => {
  test.setTimeout(120_000);
  // Either side of the 48-hour boundary: the test server's story is due a minute after the server
  // starts; the newest demo story was published on 25 November 2026, more than 48 hours before
  // any run of these tests.
  const { scheduled: fixture } = e2eFixture();
  const fixtureUrl = `${SITE}${urlOf(fixture)}`;
  await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(fixture.publishedAt) - Date.now())));
  // Polled as a whole: a server started on an earlier build may first serve its last run's copy.
  await expect(async () => {
    const xml = await (await request.get('/news-sitemap.xml')).text();
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([fixtureUrl]);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toContain('<news:name>Masthead</news:name>');
    expect(xml).toContain('<news:language>en</news:language>');
    expect(xml).toContain(
      `<news:publication_date>${fixture.publishedAt.replace('.000Z', 'Z')}</news:publication_date>`,
    );
    expect(xml).toContain(`<news:title>${fixture.title}</news:title>`);
  }).toPass({ timeout: 40_000, intervals: [1_000] });
});

test('robots.txt lists the sitemaps and keeps crawlers out of the API and preview', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain('Disallow: /api/');
  expect(text).toContain('Disallow: /preview');
  expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${SITE}/news-sitemap.xml`);
});

test('site, section and author feeds parse as RSS 2.0 and Atom with updated times', async ({ request }) => {
  test.setTimeout(90_000);
  const parser = new Parser<object, { 'atom:updated'?: string; updated?: string; published?: string }>({
    customFields: { item: ['atom:updated', 'updated', 'published'] },
  });
  const { scheduled: fixture, aged } = e2eFixture();
  // Every story a feed may carry, with its times: the demo's public ones and the test server's three.
  const times = new Map<string, { publishedAt: string; modifiedAt: string }>(publicArticles.map((s) => [s.slug, s]));
  times.set(fixture.slug, { publishedAt: fixture.publishedAt, modifiedAt: fixture.publishedAt });
  const agedAt = new Date(aged.publishedAt).toISOString();
  times.set(aged.slug, { publishedAt: agedAt, modifiedAt: agedAt });
  times.set(brokenPublished.slug, {
    publishedAt: brokenPublished.publishedAt,
    modifiedAt: brokenPublished.publishedAt,
  });
  // A live story's entry is dated by its newest public post, later than its own last change.
  for (const live of [runningLive, endedLive]) {
    times.set(live.slug, { publishedAt: live.publishedAt, modifiedAt: live.posts[0]!.at });
  }
  const feeds = ['/feeds', `/feeds/sections/${section.slug}`, `/feeds/authors/${author.slug}`];
  for (const base of feeds) {
    for (const file of ['rss.xml', 'atom.xml']) {
      // Retried: once the test server's story is due, a feed may be served stale while it regenerates.
      await expect(async () => {
        const response = await request.get(`${base}/${file}`);
        expect(response.status(), `${base}/${file}`).toBe(200);
        expect(response.headers()['content-type']).toContain(
          file === 'rss.xml' ? 'application/rss+xml' : 'application/atom+xml',
        );
        const feed = await parser.parseString(await response.text());
        expect(feed.items.length, `${base}/${file}`).toBeGreaterThan(0);
        for (const item of feed.items) {
          const slug = new URL(item.link!).pathname.split('/').pop()!;
          const expected = times.get(slug);
          expect(expected, `${slug} in ${base}/${file} is a public story`).toBeDefined();
          const updated = file === 'rss.xml' ? item['atom:updated'] : item.updated;
          const published = file === 'rss.xml' ? item.pubDate : item.published;
          expect(new Date(updated!).toISOString(), `${slug} updated`).toBe(expected!.modifiedAt);
          expect(new Date(published!).toISOString(), `${slug} published`).toBe(expected!.publishedAt);
        }
      }).toPass({ timeout: 20_000, intervals: [1_000] });
    }
  }
  const sectionFeed = await parser.parseString(
    await (await request.get(`/feeds/sections/${section.slug}/rss.xml`)).text(),
  );
  for (const item of sectionFeed.items) expect(new URL(item.link!).pathname.split('/')[1]).toBe(section.slug);
});

test('pages advertise their feeds', async ({ page }) => {
  for (const [url, feed] of [
    ['/', '/feeds/rss.xml'],
    [pages.section, `/feeds/sections/${section.slug}/rss.xml`],
    [pages.author, `/feeds/authors/${author.slug}/rss.xml`],
  ]) {
    await page.goto(url!);
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
      `${SITE}${feed}`,
    );
  }
});

test('each story has a 1200×630 social card', async ({ request }) => {
  for (const url of [`/cards/${story.slug}.png`, '/cards/default.png']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  expect((await request.get('/cards/no-such-story.png')).status()).toBe(404);
});

test('old slugs and old sections redirect permanently to the current URL, in one hop', async ({ request }) => {
  for (const from of [`/politics/${story.redirectFrom}`, `/city/${story.redirectFrom}`]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    const target = new URL(response.headers().location!, SITE).pathname;
    expect(target).toBe(urlOf(story));
    expect((await request.get(target, { maxRedirects: 0 })).status()).toBe(200);
  }
});
