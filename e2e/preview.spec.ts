import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { previewLinkPath } from '../lib/preview/previewLink';
import { E2E_DRAFT_SECRET } from '../playwright.config';
import { drafts, endedLive, hiddenLivePosts, runningLive, scheduled, urlOf } from './content';
import { e2eFixture } from './fixture';
import { pageScripts } from './pageScripts';

const draft = drafts[0]!;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
/** What `npm run preview-link -- <p>` prints, without the host. */
const enter = (p: string, expires = inAnHour()) => previewLinkPath(p, expires, E2E_DRAFT_SECRET);

test('an editor with the secret enters preview and sees a draft exactly where it will live', async ({ page }) => {
  await page.goto(enter(urlOf(draft)));
  expect(new URL(page.url()).pathname).toBe(urlOf(draft));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title);
  const bar = page.getByRole('region', { name: 'Preview mode' });
  await expect(bar).toContainText('Preview');
  await expect(bar.getByRole('link', { name: 'Exit preview' })).toBeVisible();
  await expect(page.locator('[data-status="draft"]').first()).toHaveText('Draft');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // Listings show it too, marked, so the editor sees the page as it will be.
  await page.goto(`/${draft.section}`);
  await expect(page.locator(`article[data-slug="${draft.slug}"] [data-status="draft"]`)).toBeVisible();
});

test('an editor in preview keeps the framework runtime that readers do not get', async ({ page }) => {
  await page.goto(enter(urlOf(draft)));
  const html = await (await page.request.get(urlOf(draft))).text();
  expect(pageScripts(html).sources.filter((s) => s.startsWith('/_next/static/chunks/')).length).toBeGreaterThan(0);
  expect(html).toContain('self.__next_f');
});

test('a scheduled story previews with its go-live time', async ({ page }) => {
  const story = scheduled[0]!;
  await page.goto(enter(urlOf(story)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(page.locator('[data-status="scheduled"]').first()).toContainText('Scheduled for');
  await expect(
    page.locator(`[data-status="scheduled"] time[datetime="${story.publishedAt.toISOString()}"]`).first(),
  ).toBeVisible();
});

test('the old ?secret= link, a tampered link and an expired link answer 401 and set no cookie', async ({ request }) => {
  const good = new URL(enter(urlOf(draft)), 'http://x/').searchParams;
  const withParams = (changes: Record<string, string>) => {
    const q = new URLSearchParams(good);
    for (const [k, v] of Object.entries(changes)) q.set(k, v);
    return `/api/draft?${q}`;
  };
  const refused = [
    `/api/draft?secret=${encodeURIComponent(E2E_DRAFT_SECRET)}&path=${encodeURIComponent(urlOf(draft))}`,
    withParams({ path: urlOf(drafts[1]!) }),
    withParams({ path: '/preview' }),
    withParams({ expires: String(Number(good.get('expires')) + 3600) }),
    // One character changed, never to itself (a signature may already end or start in the replacement).
    withParams({ sig: `${good.get('sig')![0] === 'A' ? 'B' : 'A'}${good.get('sig')!.slice(1)}` }),
    enter(urlOf(draft), Math.floor(Date.now() / 1000) - 1),
    `/api/draft?path=${encodeURIComponent(urlOf(draft))}`,
  ];
  for (const url of refused) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(401);
    expect(response.headers()['set-cookie'], url).toBeUndefined();
  }
});

test('a preview link sets a 12-hour HttpOnly SameSite=Lax session, and no URL carries the secret', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const sessionSetBy = async (link: string) => {
    const response = await page.request.get(link, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    return response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value)
      .find((v) => v.startsWith('masthead_preview='));
  };
  const session = await sessionSetBy(enter(urlOf(draft), Math.floor(Date.now() / 1000) + 48 * 3600));
  expect(session).toMatch(/; Max-Age=43200(;|$)/);
  // Never longer than the link that started it.
  expect(await sessionSetBy(enter(urlOf(draft), Math.floor(Date.now() / 1000) + 600))).toMatch(
    /; Max-Age=(600|599)(;|$)/,
  );
  expect(session).toMatch(/; HttpOnly(;|$)/i);
  expect(session).toMatch(/; SameSite=lax(;|$)/i);
  await page.goto(enter(urlOf(draft)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title);
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) expect(url).not.toContain(E2E_DRAFT_SECRET);
});

test('draft mode without a valid preview session is a reader’s view', async ({ page, context, baseURL }) => {
  await page.goto(enter(urlOf(draft)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title);
  const bypass = (await context.cookies()).find((c) => c.name === '__prerender_bypass')!;
  for (const session of [undefined, 'forged', `${inAnHour()}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`]) {
    await context.clearCookies();
    await context.addCookies([{ ...bypass }]);
    if (session) await context.addCookies([{ name: 'masthead_preview', value: session, url: baseURL! }]);
    expect((await page.goto(urlOf(draft)))!.status(), String(session)).toBe(404);
    await expect(page.getByRole('region', { name: 'Preview mode' })).toHaveCount(0);
  }
});

test('open-redirect and bad paths are refused with 400 and no cookie', async ({ request }) => {
  for (const p of [
    '//evil.example',
    'https://evil.example/',
    '/\\evil.example',
    '/%2F%2Fevil.example',
    '/city/../../etc/passwd',
    '/city/no-such-story',
    'javascript:alert(1)',
    `/${draft.section}/${draft.slug}?next=//evil`,
  ]) {
    const response = await request.get(enter(p), { maxRedirects: 0 });
    expect(response.status(), p).toBe(400);
    expect(response.headers()['set-cookie'], p).toBeUndefined();
    expect(response.headers().location, p).toBeUndefined();
  }
});

test('exit preview returns to the page and hides drafts again', async ({ page }) => {
  await page.goto(enter(urlOf(draft)));
  await page.goto(`/${draft.section}`);
  await page.getByRole('link', { name: 'Exit preview' }).click();
  await expect(page).toHaveURL(new RegExp(`/${draft.section}$`));
  await expect(page.getByRole('region', { name: 'Preview mode' })).toHaveCount(0);
  await expect(page.locator(`article[data-slug="${draft.slug}"]`)).toHaveCount(0);
  expect((await page.request.get(urlOf(draft))).status()).toBe(404);
});

test('the editors desk lists drafts, scheduled stories and content warnings, only in preview', async ({
  page,
  request,
}) => {
  expect((await request.get('/preview')).status()).toBe(404);
  await page.goto(enter('/preview'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editors’ desk');
  const draftsList = page.getByRole('region', { name: /Drafts/ });
  for (const d of drafts) {
    await expect(draftsList.getByRole('link', { name: d.title })).toHaveAttribute('href', urlOf(d));
    const item = draftsList.getByRole('listitem').filter({ hasText: d.title });
    await expect(item.getByRole('link', { name: 'preview link (72 h)' })).toHaveAttribute(
      'href',
      new RegExp(`^http://localhost:3000/api/draft\\?path=${encodeURIComponent(urlOf(d))}&expires=\\d+&sig=`),
    );
  }
  const scheduledList = page.getByRole('region', { name: /Scheduled/ });
  await expect(scheduledList.getByRole('link', { name: scheduled[0]!.title })).toBeVisible();
  const warnings = page.getByRole('region', { name: /Content warnings/ });
  await expect(warnings).toContainText('e2e-broken-draft.mdx');
  await expect(warnings).toContainText('"nobody-at-all" is not an author');
  // A broken live post is listed like a story; its link opens its story where the post would be.
  const brokenPost = warnings.getByRole('listitem').filter({ hasText: 'e2e-broken-draft-post.mdx' });
  await expect(brokenPost).toHaveCount(2);
  await expect(brokenPost.first()).toContainText(
    `live/${runningLive.slug}/e2e-broken-draft-post.mdx:3:11 warning authors[0]: "nobody-at-all" is not an author`,
  );
  await expect(brokenPost.last()).toContainText('e2e-broken-draft-post.mdx:4:6 warning key: a key event needs a title');
  await expect(brokenPost.first().getByRole('link', { name: 'open preview' })).toHaveAttribute(
    'href',
    `${urlOf(runningLive)}#post-e2e-broken-draft-post`,
  );
  // Live stories that are running, with the time of their newest post (drafts count: the desk is for editors).
  const liveList = page.getByRole('region', { name: /Live now \(1\)/ });
  const liveItem = liveList.getByRole('listitem').filter({ hasText: runningLive.title });
  await expect(liveItem.getByRole('link', { name: runningLive.title })).toHaveAttribute('href', urlOf(runningLive));
  await expect(liveItem.locator('time')).toHaveAttribute('datetime', hiddenLivePosts.draft.at);
  await expect(liveList).not.toContainText(endedLive.title);
  // A broken story is in no section: its link opens the desk's own page for it.
  await warnings.getByRole('link', { name: 'open preview' }).first().click();
  await expect(page).toHaveURL(/\/preview\/e2e-broken-draft$/);
  await expect(page.getByRole('alert', { name: 'This story has content errors' })).toContainText(
    '"nobody-at-all" is not an author',
  );
});

test('the desk’s fresh link for a draft opens that draft for someone not yet in preview', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto(enter('/preview'));
  const link = page
    .getByRole('region', { name: /Drafts/ })
    .getByRole('listitem')
    .filter({ hasText: draft.title })
    .getByRole('link', { name: 'preview link (72 h)' });
  const shared = new URL((await link.getAttribute('href'))!);
  const colleague = await browser.newContext({ baseURL });
  try {
    const other = await colleague.newPage();
    await other.goto(`${shared.pathname}${shared.search}`);
    expect(new URL(other.url()).pathname).toBe(urlOf(draft));
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(draft.title);
  } finally {
    await colleague.close();
  }
});

test('a draft with a content error shows an error panel in preview, not a crash', async ({ page }) => {
  await page.goto(enter('/city/e2e-broken-draft'));
  const panel = page.getByRole('alert', { name: 'This story has content errors' });
  await expect(panel).toContainText('This story has content errors');
  await expect(panel).toContainText(/e2e-broken-draft\.mdx:\d+:\d+/);
  await expect(panel).toContainText('"nobody-at-all" is not an author');
});

test('a new draft and its edits show on reload in preview, without a rebuild', async ({ page }, info) => {
  const slug = `e2e-edit-${info.project.name}`;
  const file = path.join(e2eFixture().contentDir, 'articles', `${slug}.mdx`);
  const story = (title: string) =>
    `---\ntitle: "${title}"\ndek: "Written while the server runs."\nsection: city\nauthors: ` +
    `[ines-okafor]\npublishedAt: "2026-11-20T09:00:00+00:00"\nstatus: draft\n---\n\nBody.\n`;
  fs.writeFileSync(file, story('First version of a live edit'));
  try {
    await page.goto(enter(`/city/${slug}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('First version of a live edit');
    fs.writeFileSync(file, story('Second version of a live edit'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second version of a live edit');
  } finally {
    fs.rmSync(file, { force: true });
  }
});
