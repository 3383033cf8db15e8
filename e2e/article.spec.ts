import { expect, test } from '@playwright/test';
import { demo, publicArticles, revised, urlOf, withCorrection, withHistory } from './content';

const story = publicArticles.find((a) => a.image && a.topics.length >= 2 && a.updates.length === 0)!;

test('an article has the full anatomy of a news story', async ({ page }) => {
  const response = await page.goto(urlOf(story));
  expect(response?.status()).toBe(200);
  const article = page.locator('article').first();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(page.getByRole('link', { name: demo.section(story.section)!.title, exact: true }).first()).toBeVisible();
  await expect(article.getByText(story.dek, { exact: true })).toBeVisible();
  for (const slug of story.authors) {
    const author = demo.author(slug)!;
    await expect(
      page.getByRole('list', { name: 'Written by' }).getByRole('link', { name: author.name }),
    ).toHaveAttribute('href', `/authors/${slug}`);
  }
  await expect(article.locator(`time[datetime="${story.publishedAt.toISOString()}"]`).first()).toBeVisible();
  await expect(article.getByText(/\d+ min read/)).toBeVisible();
  const hero = article.locator('figure img').first();
  await expect(hero).toHaveAttribute('alt', story.image!.alt);
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  if (story.image!.caption) await expect(article.locator('figcaption').first()).toContainText(story.image!.caption);
  await expect(article.locator('.prose h2').first()).toBeVisible();
  const topics = page.getByRole('navigation', { name: 'Topics' });
  for (const t of story.topics)
    await expect(topics.getByRole('link', { name: t.name })).toHaveAttribute('href', `/topics/${t.slug}`);
  await expect(page.getByRole('region', { name: 'About the author' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Related stories' })).toBeVisible();
  await expect(page.locator('[data-kind]')).toHaveCount(0);
});

test('a revised story shows its latest update above the body and the full history on demand', async ({ page }) => {
  await page.goto(urlOf(withHistory));
  const [latest] = withHistory.updates;
  const banner = page.getByRole('complementary', { name: /(Update|Correction) to this story/ });
  await expect(banner).toContainText(latest!.kind === 'correction' ? 'Correction' : 'Updated');
  await expect(banner).toContainText(latest!.note);
  await expect(banner.locator(`time[datetime="${latest!.at.toISOString()}"]`).first()).toBeVisible();
  const history = banner.locator('details');
  await expect(history.locator('li').first()).toBeHidden();
  await history.locator('summary').click();
  const items = history.locator('li');
  await expect(items).toHaveCount(withHistory.updates.length);
  for (const [i, u] of withHistory.updates.entries()) await expect(items.nth(i)).toContainText(u.note);
  // The banner comes before the story text.
  const bannerBox = await banner.boundingBox();
  const bodyBox = await page.locator('.prose').boundingBox();
  expect(bannerBox!.y).toBeLessThan(bodyBox!.y);
  await expect(page.getByText(/Last updated/)).toContainText(/Last updated/);
});

test('a correction is labelled as a correction, styled apart from an update', async ({ page }) => {
  await page.goto(urlOf(withCorrection));
  const correction = withCorrection.updates.find((u) => u.kind === 'correction')!;
  const banner = page.locator('aside[data-kind]');
  if (withCorrection.updates[0]!.kind === 'correction') {
    await expect(banner).toHaveAttribute('data-kind', 'correction');
    await expect(banner).toContainText('Correction');
    await expect(banner).toContainText(correction.note);
  } else {
    await banner.locator('summary').click();
    await expect(banner.locator('details li', { hasText: correction.note })).toContainText('Correction');
  }
});

test('revised stories show an Updated label on their section front', async ({ page }) => {
  // One that is on the first page of its section (the test build lists 4 a page).
  const story = revised.find((r) => publicArticles.filter((a) => a.section === r.section).indexOf(r) < 4)!;
  await page.goto(`/${story.section}`);
  const card = page.locator(`article[data-slug="${story.slug}"]`);
  await expect(card).toContainText(story.updates[0]!.kind === 'correction' ? 'Corrected' : 'Updated');
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

test('an article under the wrong section redirects to its canonical URL', async ({ request }) => {
  const story = publicArticles[0]!;
  const other = demo.sections.find((s) => s.slug !== story.section)!;
  const response = await request.get(`/${other.slug}/${story.slug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers().location).toMatch(new RegExp(`${urlOf(story)}$`));
});
