import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';
import { previewLinkPath } from '../lib/preview/previewLink';
import { E2E_DRAFT_SECRET } from '../playwright.config';
import { endedLive, hiddenLivePosts, type LivePostLiteral, runningLive, urlOf } from './content';
import { jsonLd, type Ld } from './jsonLd';
import { axeViolations, nuCheckerErrors } from './pageChecks';

const SITE = 'http://localhost:3000'; // SITE_URL is unset in tests, so canonical URLs use the default.
const running = urlOf(runningLive);
const ended = urlOf(endedLive);
const permalink = (story: { section: string; slug: string }, post: { slug: string }) =>
  `${urlOf(story)}/posts/${post.slug}`;
/** "17:45 GMT": every demo post is in November, when the newsroom's zone (London) is on GMT. */
const timeOf = (post: LivePostLiteral) => `${post.at.slice(11, 16)} GMT`;
const ids = (posts: LivePostLiteral[]) => posts.map((p) => `post-${p.slug}`);
const shownIds = (page: Page) => page.locator('article[id^="post-"]').evaluateAll((els) => els.map((e) => e.id));

// The running story: 48 public posts, the pinned one on page 1 above the other 47, 20 a page (20, 20, 7).
const pinned = runningLive.posts.find((p) => p.pinned)!;
const stream = runningLive.posts.filter((p) => !p.pinned);
const keyEvents = runningLive.posts.filter((p) => p.key);

test('a running live story: Live label, key events, the pinned post, then the newest 20', async ({ page }) => {
  await page.goto(running);
  await expect(page).toHaveTitle(`${runningLive.title} · Masthead`);
  await expect(page.locator('[data-live-badge]')).toHaveText('Live');
  await expect(page.getByText('This live coverage has ended')).toHaveCount(0);

  const box = page.getByRole('navigation', { name: 'Key events' });
  await expect(box.getByRole('listitem')).toHaveText(keyEvents.map((p) => `${timeOf(p)}${p.title}`));
  expect(await box.getByRole('link').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual(
    keyEvents.map((p) => permalink(runningLive, p)),
  );

  expect(await shownIds(page)).toEqual(ids([pinned, ...stream.slice(0, 20)]));
  const first = page.locator(`#post-${stream[0]!.slug}`);
  await expect(first.locator('time')).toHaveAttribute('datetime', stream[0]!.at);
  await expect(first.getByRole('link', { name: /^Link to this update/ })).toHaveAttribute(
    'href',
    permalink(runningLive, stream[0]!),
  );
  const pinnedPost = page.locator(`#post-${pinned.slug}`);
  await expect(pinnedPost.getByRole('heading', { level: 3 })).toHaveText(pinned.title!);
  await expect(pinnedPost).toContainText('Pinned');
  await expect(pinnedPost).toContainText('By Ines Okafor and Mateo Farrant');
  await expect(page.locator(`#post-${stream[4]!.slug}`)).toContainText('By Priya Lindqvist');
});

test('pages 2 and 3 carry the older posts, each its own canonical with rel=prev/next; no page 4', async ({
  page,
  request,
}) => {
  const head = async (rel: string) =>
    page.locator(`head link[rel="${rel}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  await page.goto(running);
  expect(await head('canonical')).toEqual([`${SITE}${running}`]);
  expect(await head('prev')).toEqual([]);
  expect(await head('next')).toEqual([`${running}/page/2`]);

  await page.goto(`${running}/page/2`);
  await expect(page).toHaveTitle(`${runningLive.title}, page 2 · Masthead`);
  expect(await shownIds(page)).toEqual(ids(stream.slice(20, 40)));
  expect(await head('canonical')).toEqual([`${SITE}${running}/page/2`]);
  expect(await head('prev')).toEqual([running]);
  expect(await head('next')).toEqual([`${running}/page/3`]);
  await expect(page.getByRole('navigation', { name: 'Key events' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the latest updates' })).toHaveAttribute('href', running);

  await page.goto(`${running}/page/3`);
  expect(await shownIds(page)).toEqual(ids(stream.slice(40)));
  expect(await head('next')).toEqual([]);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 3 of 3');

  for (const url of [`${running}/page/4`, `${running}/page/1`, `${ended}/page/2`, '/city/page/2/page/2'])
    expect((await request.get(url)).status(), url).toBe(404);
});

test('a permalink lands on the post on whatever page it is now; hidden and unknown posts are 404s', async ({
  page,
  request,
}) => {
  const onPage2 = stream[25]!;
  await page.goto(permalink(runningLive, onPage2));
  expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`${running}/page/2#post-${onPage2.slug}`);
  await expect(page.locator(`#post-${onPage2.slug}`)).toBeInViewport();

  const redirect = await request.get(permalink(runningLive, pinned), { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toBe(`${running}#post-${pinned.slug}`);
  for (const slug of [hiddenLivePosts.draft.slug, hiddenLivePosts.scheduled.slug, 'no-such-post']) {
    const url = permalink(runningLive, { slug });
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
  }
});

test('an ended live story is an archive: the same posts, no Live label and no updating', async ({ page, request }) => {
  await page.goto(ended);
  await expect(page.getByText('This live coverage has ended.')).toBeVisible();
  await expect(page.locator('[data-live-badge]')).toHaveCount(0);
  await expect(page.locator('live-updates')).toHaveCount(0);
  expect(await shownIds(page)).toEqual(ids(endedLive.posts));
  const manifest = await request.get(`${ended}/live.json`);
  expect(await manifest.json()).toEqual({ live: false, newest: endedLive.posts[0]!.slug, count: 7 });
});

test('the live manifest: a few dozen bytes, cacheable for 5 s, under 1 KB with every header', async ({ request }) => {
  const response = await request.get(`${running}/live.json`, { headers: { 'accept-encoding': 'identity' } });
  const body = await response.text();
  expect(JSON.parse(body)).toEqual({ live: true, newest: runningLive.posts[0]!.slug, count: 48 });
  expect(response.headers()['cache-control']).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=30');
  expect(response.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  const bytes =
    'HTTP/1.1 200 OK\r\n'.length +
    response.headersArray().reduce((sum, h) => sum + `${h.name}: ${h.value}\r\n`.length, 2) +
    Buffer.byteLength(body);
  expect(bytes).toBeLessThan(1024);
  expect((await request.get('/city/no-such-story/live.json')).status()).toBe(404);
  expect(
    (
      await request.get(`${urlOf({ section: 'politics', slug: 'tram-extension-funding-deal-agreed' })}/live.json`)
    ).status(),
  ).toBe(404);
});

const livePages = {
  'running live story': running,
  'running live story, page 2': `${running}/page/2`,
  'ended live story': ended,
};

const ofType = (items: Ld[], type: string) => items.find((i) => i['@type'] === type)!;

test('LiveBlogPosting structured data: coverage times, newest post, one BlogPosting per post on the page', async ({
  request,
}) => {
  const blog = ofType(await jsonLd(request, running), 'LiveBlogPosting');
  expect(blog).toMatchObject({
    headline: runningLive.title,
    url: `${SITE}${running}`,
    datePublished: runningLive.publishedAt,
    dateModified: '2026-11-25T18:20:00.000Z',
    coverageStartTime: runningLive.publishedAt,
    author: [
      { '@type': 'Person', name: 'Ines Okafor' },
      { '@type': 'Person', name: 'Mateo Farrant' },
    ],
    publisher: { '@type': 'NewsMediaOrganization', name: 'Masthead' },
  });
  expect(blog).not.toHaveProperty('coverageEndTime');
  expect(blog.image[0]).toMatch(/^http:\/\/localhost:3000\//);
  expect(blog.liveBlogUpdate).toHaveLength(21);
  expect(blog.liveBlogUpdate[0]).toMatchObject({
    '@type': 'BlogPosting',
    headline: 'Roads closed, trams and where to get help',
    datePublished: '2026-11-25T07:10:00.000Z',
    url: `${SITE}${running}/posts/20261125-0710-roads-closed-trams-and-where-to`,
  });
  expect(blog.liveBlogUpdate[1]).toMatchObject({
    headline: 'Update at Wed 25 November 2026, 18:20 GMT',
    datePublished: '2026-11-25T18:20:00.000Z',
    url: `${SITE}${running}/posts/20261125-1820`,
  });
  expect(blog.liveBlogUpdate[1].articleBody).toMatch(/^As darkness falls, firefighters/);

  const page2 = ofType(await jsonLd(request, `${running}/page/2`), 'LiveBlogPosting');
  expect(page2.url).toBe(`${SITE}${running}/page/2`);
  expect(page2.liveBlogUpdate.map((u: Ld) => u.url)).toEqual(
    stream.slice(20, 40).map((p) => `${SITE}${permalink(runningLive, p)}`),
  );

  const archive = ofType(await jsonLd(request, ended), 'LiveBlogPosting');
  expect(archive).toMatchObject({
    coverageStartTime: '2026-11-10T13:00:00.000Z',
    coverageEndTime: '2026-11-10T19:00:00.000Z',
    dateModified: '2026-11-10T18:45:00.000Z',
  });
  expect(archive.liveBlogUpdate).toHaveLength(7);
});

test('the story’s own Atom feed lists its public posts at their permalinks; the page links it', async ({ page }) => {
  await page.goto(running);
  const feedUrl = `${SITE}/feeds/live/${runningLive.slug}/atom.xml`;
  expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(feedUrl);
  const response = await page.request.get(`/feeds/live/${runningLive.slug}/atom.xml`);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(() => execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: 'pipe' })).not.toThrow();
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('feed > title')?.textContent,
      links: [...doc.querySelectorAll('feed > entry > link')].map((l) => l.getAttribute('href')),
      titles: [...doc.querySelectorAll('feed > entry > title')].map((t) => t.textContent),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.title).toBe(`${runningLive.title} · Masthead`);
  expect(feed.links).toEqual(runningLive.posts.map((p) => `${SITE}${permalink(runningLive, p)}`));
  expect(feed.titles[1]).toBe('Evacuation lifted for most homes');
  expect(xml).not.toContain(hiddenLivePosts.draft.slug);
  expect(xml).not.toContain(hiddenLivePosts.scheduled.slug);
});

test('in preview the draft and the scheduled post show, marked, and nothing polls', async ({ page }) => {
  await page.goto(previewLinkPath(running, Math.floor(Date.now() / 1000) + 3600, E2E_DRAFT_SECRET));
  await expect(page.locator(`#post-${hiddenLivePosts.draft.slug} [data-status="draft"]`)).toHaveText('Draft');
  await expect(page.locator(`#post-${hiddenLivePosts.scheduled.slug} [data-status="scheduled"]`)).toContainText(
    'Scheduled for',
  );
  await expect(page.locator('live-updates')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole page works: posts, key events, permalinks, pages', async ({ page }) => {
    await page.goto(running);
    expect(await shownIds(page)).toEqual(ids([pinned, ...stream.slice(0, 20)]));
    await expect(page.locator('live-updates button')).toBeHidden();
    const event = keyEvents.at(-1)!;
    await page.getByRole('navigation', { name: 'Key events' }).getByRole('link', { name: event.title }).click();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`${running}/page/3#post-${event.slug}`);
    await page.getByRole('link', { name: '← Newer updates' }).click();
    await expect(page).toHaveURL(`${running}/page/2`);
  });
});

test.describe('the live-updates island', () => {
  const NEW = 'e2e-new-post';
  /** Serves a manifest and, for the island's page fetch, the real page with one new post at the top. */
  async function fakeNewPost(page: Page, manifest: { live: boolean; newest: string; count: number }) {
    const polls: string[] = [];
    await page.route(
      (url) => url.pathname === `${running}/live.json`,
      (route) => {
        polls.push(route.request().url());
        return route.fulfill({ json: manifest });
      },
    );
    await page.route(
      (url) => url.pathname === running && url.searchParams.get('since') === NEW,
      async (route) => {
        const html = (await (await route.fetch()).text()).replace(
          '<div id="live-posts">',
          `<div id="live-posts"><article id="post-${NEW}"><h3>Written by the test</h3>` +
            '<p>Crews stand down.</p></article>',
        );
        return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      },
    );
    return polls;
  }

  test('says "1 new update" and "(1)" in the title without moving anything; a click inserts it and focuses it', async ({
    page,
  }) => {
    await page.clock.install();
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const polls = await fakeNewPost(page, { live: true, newest: NEW, count: 49 });
    await page.goto(running);
    await page.evaluate(() => window.scrollTo(0, 900));
    const layout = () =>
      page.evaluate(() => ({
        scroll: window.scrollY,
        shift: (window as unknown as { shift: number }).shift,
        top: document.querySelector('#live-posts > article')!.getBoundingClientRect().top,
      }));
    const before = await layout();
    expect(polls).toHaveLength(0);

    await page.clock.runFor(15_000);
    const button = page.getByRole('button', { name: '1 new update' });
    await expect(button).toBeVisible();
    await expect(page).toHaveTitle(`(1) ${runningLive.title} · Masthead`);
    expect(polls).toHaveLength(1);
    expect(await layout()).toEqual(before);
    await expect(page.locator('[aria-live="polite"]')).toContainText('1 new update');

    await button.click();
    await expect(page.locator(`#post-${NEW}`)).toBeFocused();
    expect(await shownIds(page)).toEqual([`post-${pinned.slug}`, `post-${NEW}`, ...ids(stream.slice(0, 20))]);
    await expect(page).toHaveTitle(`${runningLive.title} · Masthead`);
    await expect(button).toBeHidden();
  });

  test('a hidden tab asks nothing; back in view it asks at once; an ended story stops asking', async ({ page }) => {
    await page.clock.install();
    const polls = await fakeNewPost(page, { live: false, newest: runningLive.posts[0]!.slug, count: 48 });
    await page.goto(running);
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await page.clock.runFor(60_000);
    expect(polls).toHaveLength(0);
    await setHidden(false);
    await expect.poll(() => polls.length).toBe(1);
    // The manifest said the coverage has ended: no more polling.
    await page.clock.runFor(60_000);
    expect(polls).toHaveLength(1);
    await expect(page.locator('live-updates button')).toBeHidden();
  });

  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    test(`an inserted post is tinted for a moment only for readers who welcome motion (${reducedMotion})`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion });
      await page.clock.install();
      await fakeNewPost(page, { live: true, newest: NEW, count: 49 });
      await page.goto(running);
      await page.clock.runFor(15_000);
      await page.getByRole('button', { name: '1 new update' }).click();
      const animation = await page.locator(`#post-${NEW}`).evaluate((el) => getComputedStyle(el).animationName);
      expect(animation).toBe(reducedMotion === 'reduce' ? 'none' : 'live-post-arrived');
    });
  }
});

test('live pages pass the Nu HTML Checker with no errors', async ({ request }, info) => {
  test.setTimeout(60_000);
  expect(await nuCheckerErrors(request, livePages, `vnu-live-${info.project.name}`)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, url] of Object.entries(livePages)) {
    test(`${kind} (${scheme}) has no accessibility violations of any impact (WCAG 2.2 AA)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
