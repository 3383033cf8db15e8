import { expect, test } from '@playwright/test';
import { drafts, publicArticles, scheduled, urlOf } from './content';

const hidden = [...drafts, ...scheduled];

test('drafts and scheduled stories answer 404 at their URL', async ({ request }) => {
  for (const a of hidden) expect((await request.get(urlOf(a))).status(), a.slug).toBe(404);
});

test('drafts and scheduled stories appear on no listing page', async ({ request }) => {
  const pages = [
    '/',
    '/culture',
    '/science',
    '/sport',
    '/authors/hana-whitcombe',
    '/authors/mateo-farrant',
    '/authors/oren-castell',
    '/topics',
    '/topics/libraries',
    '/topics/water-supply',
    '/topics/merrow-rovers',
  ];
  for (const a of publicArticles.slice(0, 10)) pages.push(urlOf(a));
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    for (const a of hidden) {
      expect(html, `${a.slug} on ${path}`).not.toContain(a.slug);
      expect(html, `${a.title} on ${path}`).not.toContain(a.title);
    }
  }
});

test('unknown URLs give a helpful page with status 404', async ({ page }) => {
  for (const path of [
    '/no-such-section',
    '/city/no-such-story',
    '/authors/nobody',
    '/topics/nothing-here',
    '/a/b/c/d',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
    await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
  }
});
