import { expect, type Page, test } from '@playwright/test';
import { demo, publicArticles, urlOf } from './content';
import { e2eFixture } from './fixture';

/**
 * Every story a listing shows, following its "Older stories" links through all pages (the test
 * build uses 4 stories a page), minus the ones the test server adds for other specs (e2e-…).
 */
async function listedSlugs(page: Page): Promise<string[]> {
  return (await walkPages(page)).filter((s) => !s.startsWith('e2e-'));
}

/**
 * The test server's scheduled story goes live mid-run; for a few seconds afterwards the pages of
 * a listing regenerate one by one and can disagree. Walk again until the listing is what we expect.
 */
async function expectListing(page: Page, url: string, expected: string[]) {
  await expect
    .poll(
      async () => {
        expect((await page.goto(url))?.status()).toBe(200);
        return listedSlugs(page);
      },
      { timeout: 30_000, intervals: [1_000, 2_000, 5_000] },
    )
    .toEqual(expected);
}

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

test('each section front lists exactly its public stories, newest first', async ({ page }) => {
  for (const section of demo.sections) {
    expect((await page.goto(`/${section.slug}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
    await expectListing(
      page,
      `/${section.slug}`,
      publicArticles.filter((a) => a.section === section.slug).map((a) => a.slug),
    );
  }
});

test('each author page shows the author and exactly their public stories', async ({ page }) => {
  for (const author of demo.authors) {
    expect((await page.goto(`/authors/${author.slug}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(author.name);
    await expect(page.getByText(author.role, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('img', { name: author.avatar.alt })).toBeVisible();
    await expectListing(
      page,
      `/authors/${author.slug}`,
      publicArticles.filter((a) => a.authors.includes(author.slug)).map((a) => a.slug),
    );
  }
});

test('each topic used by a public story has a page listing exactly its stories', async ({ page }) => {
  const topics = new Map<string, string>();
  for (const a of publicArticles) for (const t of a.topics) topics.set(t.slug, t.name);
  for (const [slug, name] of topics) {
    expect((await page.goto(`/topics/${slug}`))?.status(), slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expectListing(
      page,
      `/topics/${slug}`,
      publicArticles.filter((a) => a.topics.some((t) => t.slug === slug)).map((a) => a.slug),
    );
  }
});

test('the front page leads with the newest story and has a block per section', async ({ page }) => {
  await page.goto('/');
  const { scheduled } = e2eFixture();
  // Newest first: the demo's newest, or the test server's scheduled story once it is due.
  const allowed = [urlOf(publicArticles[0]!), urlOf(scheduled)];
  const leadHref = await page
    .getByRole('region', { name: 'Top stories' })
    .locator('article h2 a')
    .first()
    .getAttribute('href');
  expect(allowed).toContain(leadHref);
  await expect(page.getByRole('region', { name: 'Latest' }).locator('article')).not.toHaveCount(0);
  for (const section of demo.sections) {
    await expect(page.getByRole('region', { name: section.title, exact: true })).toBeVisible();
  }
});

test('section navigation reaches every section', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
  for (const section of demo.sections)
    await expect(nav.getByRole('link', { name: section.title, exact: true })).toHaveAttribute(
      'href',
      `/${section.slug}`,
    );
});

test('listings paginate with sensible canonical and prev/next links, and out-of-range pages are 404', async ({
  page,
  request,
}) => {
  const section = demo.sections.find((s) => publicArticles.filter((a) => a.section === s.slug).length > 4)!;
  await page.goto(`/${section.slug}/page/2`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${section.slug}/page/2$`));
  await expect(page.locator('link[rel="prev"]').first()).toHaveAttribute('href', `/${section.slug}`);
  await expect(page).toHaveTitle(new RegExp(`${section.title}, page 2`));
  await page.goto(`/${section.slug}`);
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', `/${section.slug}/page/2`);
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  for (const bad of ['page/99', 'page/0', 'page/1', 'page/02', 'page/two', 'page/-1']) {
    expect((await request.get(`/${section.slug}/${bad}`)).status(), bad).toBe(404);
  }
  expect((await request.get(`/topics/${publicArticles[0]!.topics[0]!.slug}/page/50`)).status()).toBe(404);
});
