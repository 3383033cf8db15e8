import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { e2eFixture } from './fixture';
import { jsonLd, type Ld } from './jsonLd';
import { axeViolations, nuCheckerErrors } from './pageChecks';

const SITE = 'http://localhost:3000'; // SITE_URL is unset in tests, so canonical URLs use the default.

/** The corrections log of the demo content, newest first, written down by hand. */
const LOG = [
  {
    kind: 'clarification',
    at: '2026-11-18T10:05:00.000Z',
    path: '/politics/harbour-company-chair-steps-down',
    headline: 'Harbour company chair steps down before scrutiny of Saltings Quay deal',
    note:
      'We have made clear that Ambrose Sallow remains a director of the Merrow Harbour Company until its annual ' +
      'meeting in January; he has stepped down as chair only.',
  },
  {
    kind: 'correction',
    at: '2026-11-03T14:20:00.000Z',
    path: '/science/saltings-head-cliff-retreat-survey',
    headline: 'Cliff at Saltings Head lost 3.6 metres in a year, survey finds',
    note:
      'An earlier version of this article misspelt the surname of Dr Aurelie Penhallow and gave the annual ' +
      'retreat as 4.6 metres; the survey figure is 3.6 metres.',
  },
  {
    kind: 'clarification',
    at: '2026-10-28T09:40:00.000Z',
    path: '/politics/council-budget-gap-forty-million',
    headline: "Council warns of £40m gap in next year's budget as care costs climb",
    note:
      'This story now makes clear that the £40m figure is the gap before the savings councillors agreed in ' +
      'September, not after them.',
  },
];

const ROLES = {
  publishingPrinciples: '/about/about-us',
  correctionsPolicy: '/about/corrections-policy',
  ethicsPolicy: '/about/ethics-policy',
  masthead: '/about/masthead',
  ownershipFundingInfo: '/about/ownership-and-funding',
  verificationFactCheckingPolicy: '/about/verification-and-fact-checking',
  actionableFeedbackPolicy: '/about/contact',
};
const PAGE_TITLES = {
  '/about/about-us': 'About us',
  '/about/contact': 'Contact us and ask for a correction',
  '/about/corrections-policy': 'Corrections policy',
  '/about/ethics-policy': 'Ethics policy',
  '/about/masthead': 'Masthead',
  '/about/ownership-and-funding': 'Ownership and funding',
  '/about/verification-and-fact-checking': 'Verification and fact-checking',
};

const FORMATS = [
  { path: '/politics/assembly-schools-funding-formula-row', label: 'Analysis', type: 'AnalysisNewsArticle' },
  { path: '/science/merrow-estuary-flood-model-upgrade', label: 'Explainer', type: 'BackgroundNewsArticle' },
  { path: '/culture/central-library-reopens-after-refit', label: 'Review', type: 'ReviewNewsArticle' },
];
const NEWS = '/politics/tram-extension-funding-deal-agreed';

const isArticle = (i: Ld) => [i['@type']].flat().includes('NewsArticle');

test('/corrections lists each correction once, newest first, with headline link, kind, time and note', async ({
  page,
  request,
}) => {
  expect((await page.goto('/corrections'))?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Corrections and clarifications');
  const entries = page.locator('main ol > li');
  await expect(entries).toHaveCount(LOG.length);
  for (const [i, expected] of LOG.entries()) {
    const entry = entries.nth(i);
    await expect(entry).toHaveAttribute('data-kind', expected.kind);
    await expect(entry.locator('strong')).toHaveText(expected.kind === 'correction' ? 'Correction' : 'Clarification');
    await expect(entry.locator('time')).toHaveAttribute('datetime', expected.at);
    await expect(entry.getByRole('link', { name: expected.headline })).toHaveAttribute('href', expected.path);
    await expect(entry).toContainText(expected.note);
  }
  // Three entries fit the first page (the test build lists 4 a page): there is no page 2.
  await expect(page.locator('nav[aria-label="Pages"]')).toHaveCount(0);
  expect((await request.get('/corrections/page/2')).status()).toBe(404);
  expect((await request.get('/corrections/page/1')).status()).toBe(404);
});

test('/corrections links its Atom and RSS feeds, which carry the same entries in the same order', async ({
  page,
  request,
}) => {
  await page.goto('/corrections');
  const alternate = (type: string) => page.locator(`link[rel="alternate"][type="${type}"]`).getAttribute('href');
  expect(await alternate('application/rss+xml')).toBe(`${SITE}/feeds/corrections/rss.xml`);
  expect(await alternate('application/atom+xml')).toBe(`${SITE}/feeds/corrections/atom.xml`);
  const parser = new Parser();
  for (const file of ['rss.xml', 'atom.xml']) {
    const response = await request.get(`/feeds/corrections/${file}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(file === 'rss.xml' ? 'rss' : 'atom');
    const feed = await parser.parseString(await response.text());
    expect(feed.title).toBe('Corrections and clarifications · Masthead');
    expect(feed.items.map((item) => [item.title, item.link, item.contentSnippet ?? item.summary])).toEqual(
      LOG.map((e) => [
        `${e.kind === 'correction' ? 'Correction' : 'Clarification'}: ${e.headline}`,
        `${SITE}${e.path}`,
        e.note,
      ]),
    );
    expect(feed.items.map((item) => new Date(item.isoDate!).toISOString())).toEqual(LOG.map((e) => e.at));
  }
});

test('the footer links to the corrections log and every standards page', async ({ page }) => {
  await page.goto('/');
  const footer = page.locator('footer');
  await expect(footer.getByRole('link', { name: 'Corrections and clarifications' })).toHaveAttribute(
    'href',
    '/corrections',
  );
  const about = footer.getByRole('navigation', { name: 'About us' }).getByRole('link');
  expect(await about.evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual(
    Object.entries(PAGE_TITLES),
  );
});

test(
  'a clarification is labelled and styled apart from updates and corrections, ' + 'on the story and in its history',
  async ({ page }) => {
    await page.goto(LOG[0]!.path);
    const banner = page.locator('aside[data-kind]');
    await expect(banner).toHaveAttribute('data-kind', 'clarification');
    await expect(banner).toHaveAttribute('aria-label', 'Clarification to this story');
    await expect(banner.locator('strong').first()).toHaveText('Clarification');
    await expect(banner).toContainText(LOG[0]!.note);
    const clarification = await banner.evaluate((el) => getComputedStyle(el).borderLeftStyle);
    expect(clarification).toBe('dashed');
    await banner.locator('summary').click();
    expect(
      await banner.locator('details li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind'))),
    ).toEqual(['clarification', 'update']);
    const colours = await banner
      .locator('details li strong')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).color));
    expect(colours[0]).not.toBe(colours[1]);
  },
);

test('corrected and clarified stories carry CorrectionComment structured data', async ({ request }) => {
  for (const entry of LOG) {
    const article = (await jsonLd(request, entry.path)).find(isArticle)!;
    expect(article.correction).toContainEqual({
      '@type': 'CorrectionComment',
      text: entry.note,
      datePublished: entry.at,
    });
  }
});

test('story formats show a label above the headline and on cards, and their schema.org type', async ({
  page,
  request,
}) => {
  for (const format of FORMATS) {
    await page.goto(format.path);
    const label = page.locator('article header [data-format]');
    await expect(label).toHaveText(format.label);
    const [labelBox, headlineBox] = [await label.boundingBox(), await page.locator('h1').boundingBox()];
    expect(labelBox!.y).toBeLessThan(headlineBox!.y);
    expect((await jsonLd(request, format.path)).find(isArticle)!['@type']).toEqual(['NewsArticle', format.type]);
  }
  await page.goto('/politics/page/2');
  await expect(
    page.locator('article[data-slug="assembly-schools-funding-formula-row"] [data-format="analysis"]'),
  ).toHaveText('Analysis');
  await page.goto(NEWS);
  await expect(page.locator('article [data-format]:not(article)')).toHaveCount(0);
  expect((await jsonLd(request, NEWS)).find(isArticle)!['@type']).toBe('NewsArticle');
});

test('an opinion piece is labelled, styled apart from reporting and typed OpinionNewsArticle', async ({
  page,
  request,
}) => {
  const { aged } = e2eFixture();
  const url = `/${aged.section}/${aged.slug}`;
  await page.goto(url);
  await expect(page.locator('article[data-format="opinion"]')).toHaveCount(1);
  await expect(page.locator('article header [data-format="opinion"]')).toHaveText('Opinion');
  await expect(page.locator('article header')).toContainText("The writer's view, not the newsroom's reporting.");
  await expect(page.locator('article header').getByRole('link', { name: 'How we handle opinion' })).toHaveAttribute(
    'href',
    '/about/ethics-policy',
  );
  const styles = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontStyle);
  expect(styles).toBe('italic');
  expect((await jsonLd(request, url)).find(isArticle)!['@type']).toEqual(['NewsArticle', 'OpinionNewsArticle']);
});

test('a story more than AGE_NOTICE_DAYS old says how old it is, once, above the headline', async ({ page }) => {
  const { aged } = e2eFixture();
  await page.goto(`/${aged.section}/${aged.slug}`);
  const notice = page.locator('[data-age-notice]');
  await expect(notice).toHaveText('This story is more than 2 years old');
  expect((await notice.boundingBox())!.y).toBeLessThan((await page.locator('h1').boundingBox())!.y);
  expect((await page.locator('main').textContent())!.match(/more than 2 years old/g)).toHaveLength(1);
  await page.goto(NEWS);
  await expect(page.locator('[data-age-notice]')).toHaveCount(0);
});

test('standards pages answer 200 and the publisher names each of them by role', async ({ page, request }) => {
  for (const [url, title] of Object.entries(PAGE_TITLES)) {
    expect((await page.goto(url))?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(title);
  }
  expect((await request.get('/about/no-such-page')).status()).toBe(404);
  const absolute = Object.fromEntries(Object.entries(ROLES).map(([role, url]) => [role, `${SITE}${url}`]));
  const organization = (await jsonLd(request, '/')).find((i) => i['@type'] === 'NewsMediaOrganization')!;
  expect(organization).toMatchObject({ name: 'Masthead', url: `${SITE}/`, ...absolute });
  const publisher = (await jsonLd(request, NEWS)).find(isArticle)!.publisher;
  expect(publisher).toMatchObject({ '@type': 'NewsMediaOrganization', ...absolute });
  for (const url of Object.values(absolute)) {
    expect(url.startsWith(`${SITE}/about/`)).toBe(true);
    expect((await request.get(url.slice(SITE.length))).status()).toBe(200);
  }
});

/** The pages this feature adds; the old opinion piece is the test server's, so its URL is read when a test runs. */
const NEW_PAGES: Record<string, () => string> = {
  corrections: () => '/corrections',
  'corrections-policy': () => '/about/corrections-policy',
  masthead: () => '/about/masthead',
  contact: () => '/about/contact',
  analysis: () => FORMATS[0]!.path,
  clarified: () => LOG[0]!.path,
  'old-opinion': () => {
    const { aged } = e2eFixture();
    return `/${aged.section}/${aged.slug}`;
  },
};

test('the new pages pass the Nu HTML Checker with no errors', async ({ request }, info) => {
  test.setTimeout(90_000);
  const urls = Object.fromEntries(Object.entries(NEW_PAGES).map(([kind, url]) => [kind, url()]));
  expect(await nuCheckerErrors(request, urls, `vnu-trust-${info.project.name}`)).toEqual([]);
});

for (const [kind, url] of Object.entries(NEW_PAGES)) {
  test(`axe finds no violations on the ${kind} page`, async ({ page }) => {
    await page.goto(url());
    expect(await axeViolations(page)).toEqual([]);
  });
}
