import { expect, type Page, test } from '@playwright/test';
import {
  authors,
  breakingStories,
  endedLive,
  publicArticles,
  runningLive,
  sections,
  topicNames,
  urlOf,
} from './content';

/**
 * The test server's scheduled story goes live mid-run; for a few seconds afterwards the pages of
 * a listing regenerate one by one and can disagree. Walk again until the listing is what we expect.
 */
async function expectListing(page: Page, url: string, expected: string[]) {
  await expect
    .poll(
      async () => {
        expect((await page.goto(url))?.status()).toBe(200);
        return walkPages(page);
      },
      { timeout: 30_000, intervals: [1_000, 2_000, 5_000] },
    )
    .toEqual(expected);
}

/**
 * Every story a listing shows, following its "Older stories" links through all pages (the test
 * build uses 4 stories a page), minus the ones the test server adds for other specs (e2e-…).
 */
async function walkPages(page: Page): Promise<string[]> {
  const slugs: string[] = [];
  for (;;) {
    slugs.push(
      ...(await page
        .getByTestId('article-list')
        .locator('article[data-slug]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')!))),
    );
    const older = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Older stories/ });
    if (!(await older.count())) break;
    expect((await page.goto((await older.getAttribute('href'))!))?.status()).toBe(200);
  }
  return slugs.filter((s) => !s.startsWith('e2e-'));
}

const slugsOf = (filter: (s: (typeof publicArticles)[number]) => boolean) =>
  publicArticles.filter(filter).map((s) => s.slug);

test('each section front lists exactly its public stories, newest first', async ({ page }) => {
  test.setTimeout(120_000); // walks every page of every listing: dozens of page loads
  for (const section of sections) {
    expect((await page.goto(`/${section.slug}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
    await expectListing(
      page,
      `/${section.slug}`,
      slugsOf((s) => s.section === section.slug),
    );
  }
});

test('each author page shows the author and exactly their public stories', async ({ page }) => {
  test.setTimeout(120_000); // walks every page of every listing: dozens of page loads
  for (const author of authors) {
    expect((await page.goto(`/authors/${author.slug}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name);
    await expect(page.getByText(author.role, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('img', { name: `Portrait of ${author.name}` })).toBeVisible();
    await expectListing(
      page,
      `/authors/${author.slug}`,
      slugsOf((s) => s.authors.includes(author.slug)),
    );
  }
});

test('each topic used by a public story has a page listing exactly its stories', async ({ page }) => {
  test.setTimeout(120_000); // walks every page of every listing: dozens of page loads
  for (const [slug, name] of Object.entries(topicNames)) {
    expect((await page.goto(`/topics/${slug}`))?.status(), slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expectListing(
      page,
      `/topics/${slug}`,
      slugsOf((s) => s.topics.some((t) => t.slug === slug)),
    );
  }
});

test('the front page leads with the newest stories and has a block per section', async ({ page }) => {
  await page.goto('/');
  // The two newest demo stories are among the top three before and after the test server's
  // scheduled story goes live (scheduled.spec.ts checks that it then leads).
  const top = await page
    .getByRole('region', { name: 'Top stories' })
    .locator('article h2 a')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(top).toHaveLength(3);
  expect(top).toEqual(
    expect.arrayContaining([
      '/politics/tram-extension-funding-deal-agreed',
      '/culture/festival-visitor-spending-estimate',
    ]),
  );
  await expect(page.getByRole('region', { name: 'Latest' }).locator('article')).toHaveCount(8);
  for (const section of sections) {
    await expect(page.getByRole('region', { name: section.title, exact: true })).toBeVisible();
  }
});

test('section navigation reaches every section', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
  for (const section of sections)
    await expect(nav.getByRole('link', { name: section.title, exact: true })).toHaveAttribute(
      'href',
      `/${section.slug}`,
    );
});

test('listings paginate with sensible canonical and prev/next links, and out-of-range pages are 404', async ({
  page,
  request,
}) => {
  await page.goto('/city/page/2');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/city\/page\/2$/);
  await expect(page.locator('link[rel="prev"]').first()).toHaveAttribute('href', '/city');
  await expect(page).toHaveTitle(/City, page 2/);
  await page.goto('/city');
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', '/city/page/2');
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  for (const bad of ['page/99', 'page/0', 'page/1', 'page/02', 'page/two', 'page/-1']) {
    expect((await request.get(`/city/${bad}`)).status(), bad).toBe(404);
  }
  expect((await request.get('/topics/tram-network/page/50')).status()).toBe(404);
});

test('the Breaking strip tops the front page and every section front, linking to each breaking story', async ({
  page,
}) => {
  for (const url of ['/', ...sections.map((s) => `/${s.slug}`), '/city/page/2']) {
    await page.goto(url);
    const strip = page.getByRole('region', { name: 'Breaking', exact: true });
    await expect(strip, url).toBeVisible();
    const links = strip.getByRole('link');
    await expect(links, url).toHaveCount(breakingStories.length);
    for (const [i, story] of breakingStories.entries())
      await expect(links.nth(i)).toHaveAttribute('href', urlOf(story));
    // Above everything else in the page's main content.
    expect(await page.locator('main section').first().getAttribute('aria-labelledby'), url).toBe('breaking-heading');
  }
  for (const url of [urlOf(runningLive), urlOf(publicArticles.at(-1)!), '/authors', '/topics/floods']) {
    await page.goto(url);
    await expect(page.getByRole('region', { name: 'Breaking', exact: true }), url).toHaveCount(0);
  }
});

test('cards say "Live" on a live story while it runs, and not once its coverage has ended', async ({ page }) => {
  await page.goto(`/${runningLive.section}`);
  const running = page.getByTestId('article-list').locator(`article[data-slug="${runningLive.slug}"]`);
  await expect(running.locator('[data-format="live"]')).toHaveText('Live');
  await page.goto(`/${endedLive.section}`);
  const ended = page.locator(`article[data-slug="${endedLive.slug}"]`);
  await expect(ended.getByRole('link', { name: endedLive.title })).toBeVisible();
  await expect(ended.locator('[data-format]')).toHaveCount(0);
});
