import { expect, test } from '@playwright/test';
import { demo, publicArticles, urlOf } from './content';

const story = publicArticles.find((a) => a.updates.length > 0)!;
const topic = story.topics[0]!;
const pages = {
  front: '/',
  section: `/${demo.sections[0]!.slug}`,
  article: urlOf(story),
  author: `/authors/${story.authors[0]}`,
  topic: `/topics/${topic.slug}`,
};

for (const [kind, path] of Object.entries(pages)) {
  test(`${kind} page has no horizontal scrolling at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('pages work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pages.article);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await page.locator('details summary').first().click();
  await expect(page.locator('details li').first()).toBeVisible();
  await context.close();
});
