import { expect, test } from '@playwright/test';
import { previewLinkPath } from '../lib/preview/previewLink';
import { E2E_DRAFT_SECRET } from '../playwright.config';
import { drafts, publicArticles, urlOf } from './content';
import { headerOf, rawSend } from './rawHttp';

// The door (issue 21): the gate judges the path Next.js serves, and a preview link opens one story.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const get = (target: string, extra = '') => rawSend(PORT, 'GET', target, extra);
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const enter = (p: string, expires = inAnHour()) => previewLinkPath(p, expires, E2E_DRAFT_SECRET);

const [tapestry, peatBog] = [drafts[0]!, drafts[1]!];
const imageOf = (slug: string) => `/images/stories/${slug}.jpg`;
const PUBLIC_IMAGE = '/images/stories/harbour-flood-warning-storm-surge.jpg';
const hex = (c: string) => `%${c.charCodeAt(0).toString(16)}`;

/** Ways of writing /images/stories/<file> that a server stack may decode to it: none is the canonical spelling. */
function spellings(file: string): string[] {
  return [
    `/x/../images/stories/${file}`,
    `/_next/../images/stories/${file}`,
    `/./images/stories/${file}`,
    `/x/%2e%2e/images/stories/${file}`,
    `/x/%2E%2E/images/stories/${file}`,
    `/x/.%2e/images/stories/${file}`,
    `//images/stories/${file}`,
    `/images//stories/${file}`,
    `/images/./stories/${file}`,
    `/images/x/../stories/${file}`,
    `/\\images\\stories\\${file}`,
    `/images%5cstories%5c${file}`,
    `/images%2Fstories%2F${file}`,
    `/%69mages/stories/${file}`,
    `/${[...'images'].map(hex).join('')}/stories/${file}`,
    `/images/stories/${[...file].map(hex).join('')}`,
    `/images/stories/${file}/`,
    `/images/stories/${file}/.`,
    `/../../images/stories/${file}`,
    `/images/stories/%252e%252e/${file}`,
  ];
}

/** The optimizer's `url` as an attacker would write it: the optimizer decodes it once more. */
function optimizerUrls(file: string): string[] {
  return [
    `/_next/image?url=%2F%2569mages%2Fstories%2F${file}&w=640&q=65`,
    `/_next/image?url=%2Fx%2F..%2Fimages%2Fstories%2F${file}&w=640&q=65`,
    `/_next/image?url=%2F%2Fimages%2Fstories%2F${file}&w=640&q=65`,
    `/_next/image?url=%2Fimages%2Fstories%2F${file}&w=640&q=65&url=%2Flogo.png`,
    `/_next/image?url=%2Flogo.png&url=%2Fimages%2Fstories%2F${file}&w=640&q=65`,
    `/_next/./image?url=%2Fimages%2Fstories%2F${file}&w=640&q=65`,
    `/_next//image?url=%2Fimages%2Fstories%2F${file}&w=640&q=65`,
    `/x/../_next/image?url=%2Fimages%2Fstories%2F${file}&w=640&q=65`,
  ];
}

test('an embargoed image is a 404 through every spelling of its path and of the optimizer’s url', async () => {
  const file = `${peatBog.slug}.jpg`;
  for (const target of [...spellings(file), ...optimizerUrls(file)]) {
    const r = await get(target);
    expect(r.status, target).toBe(404);
    expect(headerOf(r, 'content-type') ?? '', target).not.toMatch(/^image\//);
  }
});

test('another spelling of a public path is one 308 to its canonical path, never served as written', async () => {
  const story = publicArticles[0]!;
  for (const [target, location] of [
    [`/x/..${PUBLIC_IMAGE}`, PUBLIC_IMAGE],
    [PUBLIC_IMAGE.replace('/stories/', '//stories/'), PUBLIC_IMAGE],
    [`/${story.section}/./${story.slug}`, urlOf(story)],
    [`/${story.section}%2F${story.slug}`, urlOf(story)],
    [`/x/%2e%2e/${story.section}`, `/${story.section}`],
    [`/${story.section}\\${story.slug}`, urlOf(story)],
  ]) {
    const r = await get(target!);
    expect(r.status, target).toBe(308);
    expect(headerOf(r, 'location'), target).toBe(location);
  }
});

test('nothing under /_next/ but the build’s files and the optimizer’s own requests', async () => {
  for (const target of [
    '/_next/zzq1',
    '/_next/static/zzq1.js',
    '/_next/static/chunks/zzq1.js',
    '/_next/data/zzq1/index.json',
    '/_next/webpack-hmr',
    '/_next/image?url=%2Fimages%2Fstories%2Fzzq1.jpg&w=640&q=65',
    `/_next/image?url=${encodeURIComponent(PUBLIC_IMAGE)}&w=641&q=65`,
    `/_next/image?url=${encodeURIComponent(PUBLIC_IMAGE)}&w=640&q=100`,
    '/_next/image?url=https%3A%2F%2Fevil.example%2Fa.jpg&w=640&q=65',
  ])
    expect((await get(target)).status, target).toBe(404);
  const optimized = await get(`/_next/image?url=${encodeURIComponent(PUBLIC_IMAGE)}&w=640&q=65`);
  expect(optimized.status).toBe(200);
});

test('asterisk-form and absolute-form targets are 400s, never 500s', async () => {
  for (const method of ['GET', 'OPTIONS', 'HEAD']) expect((await rawSend(PORT, method, '*')).status, method).toBe(400);
  expect((await get('http://evil.example/')).status).toBe(400);
});

test('one story’s preview link opens that story and its image, and no other draft, image or the desk', async ({
  page,
}) => {
  await page.goto(enter(urlOf(peatBog)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(peatBog.title);
  const own = await page.request.get(imageOf(peatBog.slug));
  expect(own.status()).toBe(200);
  expect(own.headers()['cache-control']).toBe('private, no-store');
  expect((await page.request.get(urlOf(tapestry))).status()).toBe(404);
  expect((await page.request.get(imageOf(tapestry.slug))).status()).toBe(404);
  expect(
    (await page.request.get(`/_next/image?url=${encodeURIComponent(imageOf(tapestry.slug))}&w=640&q=65`)).status(),
  ).toBe(404);
  expect((await page.request.get('/preview')).status()).toBe(404);
  expect((await page.request.get(`/preview/${tapestry.slug}`)).status()).toBe(404);
  // Its section shows the story it opens, and no other draft.
  await page.goto(`/${tapestry.section}`);
  await expect(page.locator(`article[data-slug="${tapestry.slug}"]`)).toHaveCount(0);
});

test('the desk’s link opens every draft and the desk', async ({ page }) => {
  await page.goto(enter('/preview'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editors’ desk');
  for (const draft of [tapestry, peatBog]) {
    expect((await page.request.get(urlOf(draft))).status(), draft.slug).toBe(200);
    expect((await page.request.get(imageOf(draft.slug))).status(), draft.slug).toBe(200);
  }
});

test('a link that would last more than seven days opens nothing', async ({ request }) => {
  const eightDays = Math.floor(Date.now() / 1000) + 8 * 24 * 3600;
  const response = await request.get(enter(urlOf(peatBog), eightDays), { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(response.headers()['set-cookie']).toBeUndefined();
});

test('Next.js’s draft cookie alone opens nothing: no draft, image, made-up URL, cache bypass or runtime', async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const response = await page.request.get(enter(urlOf(peatBog)), { maxRedirects: 0 });
  const bypassCookie = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value)
    .find((v) => v.startsWith('__prerender_bypass='));
  expect(bypassCookie).toMatch(/; SameSite=lax(;|$)/i);
  await page.goto(enter(urlOf(peatBog)));
  const bypass = (await context.cookies()).find((c) => c.name === '__prerender_bypass');
  expect(bypass?.value).toMatch(/^[0-9a-f]{16,}$/);
  const withBypass = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `__prerender_bypass=${bypass!.value}` },
  });
  try {
    expect((await withBypass.get(urlOf(peatBog))).status()).toBe(404);
    expect((await withBypass.get(imageOf(peatBog.slug))).status()).toBe(404);
    expect((await withBypass.get('/city/zzq-made-up')).status()).toBe(404);
    expect((await withBypass.get('/preview')).status()).toBe(404);
    const front = await withBypass.get(`/${publicArticles[0]!.section}`);
    expect(front.status()).toBe(200);
    expect(front.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    expect(await front.text()).not.toContain('self.__next_f');
  } finally {
    await withBypass.dispose();
  }
});

test('readers’ pages allow no inline script but the theme script’s; preview keeps what the runtime needs', async ({
  page,
  request,
}) => {
  for (const path of ['/', urlOf(publicArticles[0]!), '/no-such-page']) {
    const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1];
    expect(scriptSrc, path).toMatch(/^'self' 'sha256-[A-Za-z0-9+/]{43}='$/);
  }
  await page.goto(enter(urlOf(peatBog)));
  const csp = (await page.request.get(urlOf(peatBog))).headers()['content-security-policy'] ?? '';
  expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe("'self' 'unsafe-inline'");
});
