import { expect, test } from '@playwright/test';
import { revised, urlOf } from './content';

const pages = {
  front: '/',
  section: '/city',
  article: urlOf(revised),
  author: '/authors/oren-castell',
  topic: '/topics/merrow-rovers',
};

for (const [kind, path] of Object.entries(pages)) {
  test(`${kind} page has no horizontal scrolling at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('pages work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pages.article);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(revised.title);
  await page.locator('details summary').first().click();
  await expect(page.locator('details li')).toHaveCount(2);
  await expect(page.locator('details li').first()).toBeVisible();
  await context.close();
});

for (const kind of ['front', 'section', 'article'] as const) {
  test(`${kind} page does not shift when the web fonts arrive late`, async ({ page }) => {
    // Not preloaded and `display: optional`: a font a second late is never swapped in mid-read.
    await page.route('**/*.woff2', async (route) => {
      await new Promise((r) => setTimeout(r, 1_000));
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(pages[kind]);
    await expect
      .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded')), { timeout: 10_000 })
      .toBe(true);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });
}
