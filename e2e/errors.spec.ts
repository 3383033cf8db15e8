import { expect, test } from '@playwright/test';
import { brokenPublished } from './fixture';

test('a story that fails to render gets the error page: masthead kept, status 500, no internals', async ({ page }) => {
  const response = await page.goto(`/${brokenPublished.section}/${brokenPublished.slug}`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong on our side');
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
  const html = await page.content();
  for (const leak of [
    /e2e-broken-published\.mdx/,
    /\bMDX\b/,
    /node_modules/,
    /\/work\//,
    /\bat \S+\.(?:js|ts|tsx):\d+/,
    /closing tag/,
  ]) {
    expect(leak.test(html), `page shows ${leak}`).toBe(false);
  }
});

test('the not-found page keeps the masthead and navigation and suggests where to go', async ({ page }) => {
  const response = await page.goto('/city/not-a-story-at-all');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Masthead — front page' })).toBeVisible();
});
