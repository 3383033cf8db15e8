import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { anatomy, publicArticles, revised, runningLive, sections, urlOf } from './content';

// Issue 26: a reader on a phone sees the news first, can make the story's text larger, and sees what others read.

const PHONE = { width: 390, height: 844 };
const topOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => e.getBoundingClientRect().top);
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const proseFontSize = (page: Page) =>
  page
    .locator('.story-text')
    .first()
    .evaluate((e) => getComputedStyle(e).fontSize);

test.describe('the phone header', () => {
  // The phone header exists only below the sm breakpoint: on the desktop project the next test checks its layout.
  test.skip(({ isMobile }) => !isMobile, 'a phone layout: the desktop project runs the desktop header test instead');

  const headlines: [string, string, string][] = [
    ['article', urlOf(anatomy), 'h1'],
    ['revised article', urlOf(revised), 'h1'],
    ['live story', urlOf(runningLive), 'h1'],
    ['section front', '/city', 'h1'],
    ['front page (its first story)', '/', 'section[aria-label="Top stories"] h2'],
  ];
  for (const [kind, path, selector] of headlines) {
    test(`${kind}: the headline starts within 200 px of the top at 390 × 844`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      expect(await topOf(page, selector)).toBeLessThanOrEqual(200);
    });
  }

  test('search is in the first row, the theme button beside it, and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(urlOf(anatomy));
    const search = page.getByRole('search', { name: 'Site search' });
    await expect(search.getByRole('searchbox')).toBeVisible();
    expect(await topOf(page, 'form[role="search"]')).toBeLessThanOrEqual(20);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toBeEnabled();
    expect(await topOf(page, 'theme-toggle button')).toBeLessThanOrEqual(20);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("a revised story's update banner is one tap from the first screen", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(urlOf(revised));
    const notice = page.getByRole('link', { name: /^Updated .*: what changed$/ });
    expect(await notice.evaluate((e) => e.getBoundingClientRect().bottom)).toBeLessThanOrEqual(844);
    await notice.click();
    await expect(page).toHaveURL(/#latest-revision$/);
    const banner = await topOf(page, '#latest-revision');
    expect(banner).toBeGreaterThanOrEqual(0);
    expect(banner).toBeLessThan(200);
  });

  test('the page does not shift while it loads and its islands wake up', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) w.shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(urlOf(revised));
    await expect(page.getByRole('button', { name: 'Largest text' })).toBeEnabled();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('every section is in the scrolling bar and opens with a tap; search works', async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(urlOf(anatomy));
      const bar = page.locator('body > header').getByRole('navigation', { name: 'Sections' });
      await expect(bar.getByRole('link')).toHaveCount(sections.length + 1);
      await bar.getByRole('link', { name: 'Sport' }).click();
      await expect(page).toHaveURL(/\/sport$/);
      await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('harbour');
      await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\?q=harbour$/);
    });
  });
});

test('on a desktop the header keeps its layout: strapline, words on the buttons, search beside the name', async ({
  page,
  isMobile,
}) => {
  // Desktop keeps today's header; on the phone project the phone-header tests above check that layout instead.
  test.skip(isMobile, 'a desktop layout: the phone project runs the phone header tests instead');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(urlOf(anatomy));
  await expect(page.getByText('News from Port Merrow and the Vessary coast', { exact: true })).toBeVisible();
  const search = page.getByRole('search', { name: 'Site search' });
  await expect(search.getByText('Search', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark mode' }).getByText('Dark mode')).toBeVisible();
  expect(await search.evaluate((e) => e.getBoundingClientRect().width)).toBe(320);
  const name = await page.locator('header a[aria-label$="front page"]').evaluate((e) => e.getBoundingClientRect());
  expect(await topOf(page, 'form[role="search"]')).toBeLessThan(name.bottom);
});

test.describe('the text size control', () => {
  test('three sizes scale the story text, in rem', async ({ page }) => {
    await page.goto(urlOf(anatomy));
    expect(await proseFontSize(page)).toBe('18px');
    await page.getByRole('button', { name: 'Larger text' }).click();
    expect(await proseFontSize(page)).toBe('21.6px');
    await page.getByRole('button', { name: 'Largest text' }).click();
    expect(await proseFontSize(page)).toBe('26.1px');
    await expect(page.getByRole('button', { name: 'Largest text' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Default text size' }).click();
    expect(await proseFontSize(page)).toBe('18px');
    // The browser's own text size (the root font size) scales the story as well.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '20px';
    });
    expect(await proseFontSize(page)).toBe('22.5px');
  });

  test('is remembered on this device and applied before first paint: no flash, no shift on reload', async ({
    page,
  }) => {
    await page.goto(urlOf(anatomy));
    await page.getByRole('button', { name: 'Largest text' }).click();
    await page.addInitScript(() => {
      const w = window as unknown as { sizeWhenBodyBegan?: string; shift: number };
      w.shift = 0;
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        w.sizeWhenBodyBegan = document.documentElement.dataset.textSize ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) w.shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { sizeWhenBodyBegan?: string }).sizeWhenBodyBegan)).toBe(
      'largest',
    );
    expect(await proseFontSize(page)).toBe('26.1px');
    await expect(page.getByRole('button', { name: 'Largest text' })).toHaveAttribute('aria-pressed', 'true');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  for (const path of [urlOf(anatomy), urlOf(revised), urlOf(runningLive)]) {
    test(`${path}: no horizontal scrolling at the largest size, nor at 200 %`, async ({ page, isMobile }) => {
      const width = isMobile ? 390 : 1280;
      await page.setViewportSize({ width, height: 844 });
      await page.goto(path);
      await page.getByRole('button', { name: 'Largest text' }).click();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      if (isMobile) {
        // A phone's 200 % is its text-size setting: the root font size doubled, everything in rem with it.
        await page.addStyleTag({ content: 'html { font-size: 200% !important }' });
        expect(await proseFontSize(page)).toBe('52.2px');
      } else {
        // A desktop's 200 % zoom is half as many CSS pixels across.
        await page.setViewportSize({ width: width / 2, height: 422 });
        await page.reload();
        expect(await proseFontSize(page)).toBe('26.1px');
      }
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('Most read', () => {
  // Culture stories few other tests open, read a fixed number of times: 12, 8 and 4.
  const sequence: [string, number][] = [
    ['lantern-walk-record-crowd', 12],
    ['central-library-reopens-after-refit', 8],
    ['cordwainer-row-bookshop-reading-series', 4],
  ];
  const titleOf = (slug: string) => publicArticles.find((a) => a.slug === slug)!.title;
  const READER = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Mobile';
  let address = 0;
  const view = (request: APIRequestContext, slug: string, headers: Record<string, string> = {}) =>
    request.post('/api/views', {
      data: slug,
      // One address a view, as many readers would be: one address may only count 20 views a minute.
      headers: {
        'user-agent': READER,
        'content-type': 'text/plain',
        'x-forwarded-for': `198.51.100.${++address}`,
        ...headers,
      },
    });
  const listed = async (request: APIRequestContext, path: string) => {
    const html = await (await request.get(path)).text();
    const list = /data-testid="most-read">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    return [...list.matchAll(/<a href="\/[a-z0-9-]+\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
  };
  const inOrder = (slugs: string[]) => {
    const at = sequence.map(([slug]) => slugs.indexOf(slug));
    return at.every((i) => i >= 0) && at[0]! < at[1]! && at[1]! < at[2]!;
  };

  test('a fixed sequence of views orders the lists on the section front, the front page and a story', async ({
    request,
  }) => {
    for (const [slug, times] of sequence) {
      for (let i = 0; i < times; i++) expect((await view(request, slug)).status()).toBe(202);
    }
    // Made-up and hidden slugs are refused, so nobody can put a word on the list.
    for (const body of ['made-up-word', 'ottervane-tapestry-returns-to-city', 'culture/../x']) {
      expect((await view(request, body)).status()).toBe(204);
    }
    // Pages regenerate every PUBLISH_INTERVAL_SECONDS (5 s in the tests): the lists follow through the page cache.
    await expect
      .poll(() => listed(request, '/culture').then(inOrder), { timeout: 30_000, intervals: [1_000] })
      .toBe(true);
    await expect.poll(() => listed(request, '/').then(inOrder), { timeout: 30_000, intervals: [1_000] }).toBe(true);
    await expect
      .poll(() => listed(request, urlOf(anatomy)).then(inOrder), { timeout: 30_000, intervals: [1_000] })
      .toBe(true);
    const culture = await listed(request, '/culture');
    expect(culture.length).toBeLessThanOrEqual(10);
    for (const slug of culture) expect(publicArticles.find((a) => a.slug === slug)?.section).toBe('culture');
    expect(await listed(request, '/culture')).not.toContain('made-up-word');
    const html = await (await request.get('/culture')).text();
    expect(html).toContain('Most read in Culture');
    expect(html).toContain(titleOf(sequence[0]![0]));
  });

  test('bots, privacy signals, oversized requests and a client over its limit are not counted', async ({
    request,
  }, testInfo) => {
    // Not one of the sequence's stories, whose order the test above checks.
    const slug = revised.slug;
    expect((await view(request, slug, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' })).status()).toBe(204);
    expect((await view(request, slug, { 'sec-gpc': '1' })).status()).toBe(204);
    expect((await view(request, slug, { dnt: '1' })).status()).toBe(204);
    expect((await view(request, 'x'.repeat(5_000))).status()).toBe(413);
    expect((await request.get('/api/views')).status()).toBe(405);
    const over = [];
    for (let i = 0; i < 21; i++) {
      const client = testInfo.project.name === 'phone' ? '192.0.2.77' : '192.0.2.78';
      over.push((await view(request, slug, { 'x-forwarded-for': client })).status());
    }
    expect(over.slice(0, 20).every((s) => s === 202)).toBe(true);
    expect(over[20]).toBe(429);
  });

  test('a story page sends one beacon; a reader with Global Privacy Control sends none', async ({ page, browser }) => {
    // Every browser of the suite shares one address: this reader gets one of their own, so no limit meets it.
    await page.route('**/api/views', (route) =>
      route.continue({ headers: { ...route.request().headers(), 'x-forwarded-for': '198.51.100.250' } }),
    );
    const beacon = page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST');
    await page.goto(urlOf(anatomy));
    const sent = await beacon;
    expect(sent.postData()).toBe(anatomy.slug);
    expect((await sent.response())?.status()).toBe(202);

    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
    });
    const private_ = await context.newPage();
    const sentByPrivate: string[] = [];
    private_.on('request', (r) => {
      if (r.url().endsWith('/api/views')) sentByPrivate.push(r.url());
    });
    await private_.goto(urlOf(anatomy));
    await expect(private_.getByRole('button', { name: 'Largest text' })).toBeEnabled();
    await private_.waitForTimeout(1_000);
    expect(sentByPrivate).toEqual([]);
    await context.close();
  });
});
