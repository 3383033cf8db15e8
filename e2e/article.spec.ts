import { expect, test } from '@playwright/test';
import { anatomy, publicArticles, revised, sections, urlOf, withCorrection, withHistory } from './content';

test('an article has the full anatomy of a news story', async ({ page }) => {
  const response = await page.goto(urlOf(anatomy));
  expect(response?.status()).toBe(200);
  const article = page.locator('article').first();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(anatomy.title);
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Politics' }),
  ).toHaveAttribute('href', '/politics');
  await expect(article.getByText(anatomy.dek, { exact: true })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Written by' }).getByRole('link', { name: anatomy.author.name }),
  ).toHaveAttribute('href', `/authors/${anatomy.author.slug}`);
  await expect(article.locator(`time[datetime="${anatomy.publishedAt}"]`).first()).toHaveText(anatomy.publishedText);
  await expect(article.getByText(/^\d+ min read$/)).toBeVisible();
  const hero = article.locator('figure img').first();
  await expect(hero).toHaveAttribute('alt', anatomy.image.alt);
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(article.locator('figcaption').first()).toContainText(anatomy.image.caption);
  await expect(article.locator('.prose h2').first()).toBeVisible();
  const topics = page.getByRole('navigation', { name: 'Topics' });
  await expect(topics.getByRole('link')).toHaveText(anatomy.topics.map((t) => t.name));
  for (const t of anatomy.topics)
    await expect(topics.getByRole('link', { name: t.name })).toHaveAttribute('href', `/topics/${t.slug}`);
  await expect(page.getByRole('region', { name: 'About the author' })).toContainText(anatomy.author.name);
  await expect(page.getByRole('complementary', { name: 'Related stories' })).toBeVisible();
  await expect(page.locator('[data-kind]')).toHaveCount(0);
});

test('a revised story shows its latest update above the body and the full history on demand', async ({ page }) => {
  await page.goto(urlOf(withHistory));
  const [latest] = withHistory.updates;
  const banner = page.getByRole('complementary', { name: 'Update to this story' });
  await expect(banner).toHaveAttribute('data-kind', 'update');
  await expect(banner).toContainText('Updated');
  await expect(banner).toContainText(latest!.note);
  await expect(banner.locator(`time[datetime="${latest!.at}"]`).first()).toHaveText(withHistory.lastUpdatedText);
  const history = banner.locator('details');
  await expect(history.locator('summary')).toHaveText('Full history of changes (3 revisions)');
  await expect(history.locator('li').first()).toBeHidden();
  await history.locator('summary').click();
  await expect(history.locator('li')).toHaveCount(3);
  for (const [i, u] of withHistory.updates.entries()) await expect(history.locator('li').nth(i)).toContainText(u.note);
  // The banner comes before the story text.
  const bannerBox = await banner.boundingBox();
  const bodyBox = await page.locator('.prose').boundingBox();
  expect(bannerBox!.y).toBeLessThan(bodyBox!.y);
  await expect(page.getByText(/^Last updated /)).toHaveText(`Last updated ${withHistory.lastUpdatedText}`);
});

test('a correction is labelled as a correction in the history, apart from the later update', async ({ page }) => {
  await page.goto(urlOf(withCorrection));
  // The latest revision is an update, so the banner is an update; the correction is in the history.
  const banner = page.locator('aside[data-kind]');
  await expect(banner).toHaveAttribute('data-kind', 'update');
  await expect(banner).toHaveAttribute('aria-label', 'Update to this story');
  await banner.locator('summary').click();
  const items = banner.locator('details li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).locator('strong')).toHaveText('Updated');
  await expect(items.nth(0)).toContainText(withCorrection.update.note);
  await expect(items.nth(1).locator('strong')).toHaveText('Correction');
  await expect(items.nth(1)).toContainText(withCorrection.correction.note);
  await expect(items.nth(1).locator('time')).toHaveAttribute('datetime', withCorrection.correction.at);
});

test('revised stories show an Updated label on their section front', async ({ page }) => {
  // The newest story of Sport, so on the first page of its section.
  await page.goto(`/${revised.section}`);
  const card = page.locator(`article[data-slug="${revised.slug}"]`);
  await expect(card.locator('span', { has: page.locator('time') })).toHaveText(
    'Updated Wed 25 November 2026, 08:40 GMT',
  );
});

test('every related link on every story answers 200, never the story itself', async ({ page, request }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  for (const a of publicArticles) {
    await page.goto(urlOf(a), { waitUntil: 'domcontentloaded' });
    const links = await page
      .getByTestId('related')
      .locator('a')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(links.length, a.slug).toBeGreaterThanOrEqual(3);
    expect(links.length, a.slug).toBeLessThanOrEqual(6);
    expect(links).not.toContain(urlOf(a));
    links.forEach((l) => seen.add(l));
  }
  for (const href of seen) expect((await request.get(href)).status(), href).toBe(200);
});

test('an editor-pinned related story comes first', async ({ page }) => {
  await page.goto(urlOf(anatomy));
  const links = page.getByTestId('related').locator('a');
  await expect(links.nth(0)).toHaveAttribute('href', '/city/tram-line-three-route-consultation');
  await expect(links.nth(1)).toHaveAttribute('href', '/business/fennick-street-traders-seek-compensation');
});

test('an article under the wrong section redirects to its canonical URL', async ({ request }) => {
  const other = sections.find((s) => s.slug !== anatomy.section)!;
  const response = await request.get(`/${other.slug}/${anatomy.slug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers().location).toMatch(new RegExp(`${urlOf(anatomy)}$`));
});
