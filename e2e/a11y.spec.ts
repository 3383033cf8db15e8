import { expect, test } from '@playwright/test';
import { anatomy as plain, urlOf, withHistory } from './content';
import { axeViolations } from './pageChecks';

const pages = {
  front: '/',
  section: '/city',
  'section page 2': '/politics/page/2',
  article: urlOf(plain),
  'article with updates': urlOf(withHistory),
  author: '/authors/tomas-reyes-holm',
  topic: '/topics/tram-network',
  'search with results': '/search?q=Assembly',
  'search with no results': '/search?q=zzqxjvwk',
  'not found': '/no-such-page',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`${kind} (${scheme}) has no accessibility violations of any impact (WCAG 2.2 AA)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('keyboard: skip link, section navigation and the update history disclosure', async ({ page }) => {
  await page.goto(urlOf(withHistory));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const summary = page.locator('details summary').first();
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('details').first()).toHaveAttribute('open', '');
  const link = page
    .getByRole('navigation', { name: 'Sections', exact: true })
    .getByRole('link', { name: 'Politics', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/politics$/);
});

test('keyboard: every interactive element shows a visible focus indicator', async ({ page }) => {
  await page.goto(urlOf(plain));
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        ring: style.boxShadow !== 'none',
      };
    });
    expect(outline.outline || outline.ring, `${i}: ${outline.tag}`).toBe(true);
  }
});

test('keyboard: theme toggle switches to dark, and the choice persists across pages without a flash', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(urlOf(plain));
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await paper()).toBe('rgb(18, 18, 18)');
  // The stored choice is applied by an inline script before first paint.
  await page.goto('/city', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await paper()).toBe('rgb(18, 18, 18)');
  await page.getByRole('button', { name: 'Dark mode' }).press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('without JavaScript the system dark setting still applies and no dead toggle is shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveCount(0);
  await context.close();
});

test('keyboard: share copies the link where there is no native share sheet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto(urlOf(plain));
  const share = page.getByRole('region', { name: 'Share this story' });
  await expect(share.getByRole('link', { name: /Email/ })).toHaveAttribute('href', /^mailto:/);
  const copy = share.getByRole('button', { name: 'Copy link' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(share.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${urlOf(plain)}$`));
});

test('share offers the native share sheet where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
    });
  });
  await page.goto(urlOf(plain));
  await page.getByRole('button', { name: 'Share…' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.title)).toBe(plain.title);
});

test('print shows the story, byline, dates, history and URL, and hides navigation, sidebar and buttons', async ({
  page,
}) => {
  await page.goto(urlOf(withHistory));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Related stories' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Share this story' })).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Written by' })).toBeVisible();
  await expect(page.getByText(/^Published /)).toBeVisible();
  await expect(page.locator('[data-print="only"]').filter({ hasText: withHistory.updates[2]!.note })).toBeVisible();
  await expect(page.locator('p[data-print="only"]')).toHaveText(new RegExp(`${urlOf(withHistory)}$`));
});

test('breadcrumbs lead back to the section and the front page', async ({ page }) => {
  await page.goto(urlOf(plain));
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  await expect(crumbs.getByRole('link', { name: 'Politics' })).toHaveAttribute('href', '/politics');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(plain.title);
});

test('images have explicit sizes, so nothing shifts as they load', async ({ page }) => {
  await page.goto('/');
  const missing = await page
    .locator('img')
    .evaluateAll((imgs) => imgs.filter((i) => !i.getAttribute('width') || !i.getAttribute('height')).length);
  expect(missing).toBe(0);
});
