import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { distinctive, drafts, publicArticles, scheduled, sections, sectionTitle, urlOf } from './content';

const COMMON = 'harbour';
const LEAKS = [
  /\bat .+\.(?:js|ts):\d+/,
  /node_modules/,
  /\/work\//,
  /Error: .*\n\s+at /,
  /Internal Server Error/,
  /Application error/,
];

const resultSlugs = (page: Page) =>
  page
    .getByTestId('search-results')
    .locator('li[data-slug]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')!).filter((s) => !s.startsWith('e2e-')));
const status = (page: Page) => page.getByRole('status');
const pageCountOf = async (page: Page) =>
  Number((await page.getByText(/^Page \d+ of \d+$/).textContent())!.match(/of (\d+)/)![1]);

test('the masthead search works without JavaScript', async ({ browser }) => {
  const { story, word } = distinctive;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const form = page.getByRole('search', { name: 'Site search' });
  await form.getByRole('searchbox', { name: 'Search stories' }).fill(word);
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  expect((await resultSlugs(page))[0]).toBe(story.slug);
  await context.close();
});

test('a distinctive headline word finds its story first, highlighted', async ({ page }) => {
  const { story, word } = distinctive;
  const response = await page.goto(`/search?q=${encodeURIComponent(word)}`);
  expect(response?.status()).toBe(200);
  expect(await resultSlugs(page)).toEqual([story.slug]);
  const first = page.getByTestId('search-results').locator('li').first();
  await expect(first.locator('h3 a')).toHaveText(story.title);
  await expect(first.locator('h3 a')).toHaveAttribute('href', urlOf(story));
  await expect(first.locator('h3 mark')).toHaveText(['Marchbank']);
  await expect(first.locator('time')).toHaveAttribute('datetime', '2026-11-24T17:30:00.000Z');
  await expect(first).toContainText('Oren Castell');
  await expect(first).toContainText('Sport');
  await expect(status(page)).toContainText(/1 story matches/);
});

test('a typo or the start of a word still finds the story', async ({ page }) => {
  const { story } = distinctive;
  await page.goto('/search?q=macrhbank');
  expect((await resultSlugs(page))[0]).toBe(story.slug);
  await page.goto('/search?q=march');
  expect(await resultSlugs(page)).toContain(story.slug);
});

test('the section filter narrows the results', async ({ page }) => {
  await page.goto(`/search?q=${COMMON}`);
  const all = Number((await status(page).textContent())!.match(/(\d+) stor/)![1]);
  const filter = page.getByRole('navigation', { name: 'Filter by section' });
  const sectionLink = filter.getByRole('link').nth(1);
  await sectionLink.click();
  await expect(page).toHaveURL(/section=/);
  const section = new URL(page.url()).searchParams.get('section')!;
  const narrowed = Number((await status(page).textContent())!.match(/(\d+) stor/)![1]);
  expect(narrowed).toBeLessThan(all);
  await expect(filter.getByRole('link', { name: new RegExp(sectionTitle(section)) })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const bySlug = new Map(publicArticles.map((a) => [a.slug, a]));
  for (const slug of await resultSlugs(page)) expect(bySlug.get(slug)?.section, slug).toBe(section);
  // The same filter from the form's select, and an unknown section is ignored, not an error.
  expect((await page.goto(`/search?q=${COMMON}&section=${section}`))?.status()).toBe(200);
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue(section);
  expect((await page.goto(`/search?q=${COMMON}&section=no-such-section`))?.status()).toBe(200);
  await expect(page.getByTestId('search-notices')).toContainText('no such section');
  await expect(status(page)).toContainText(`${all} stories`);
});

test('results are paginated ten at a time, within bounds', async ({ page }) => {
  await page.goto(`/search?q=${COMMON}`);
  expect((await resultSlugs(page)).length).toBeGreaterThanOrEqual(9); // 10, less any test-server story
  const pages = await pageCountOf(page);
  expect(pages).toBeGreaterThanOrEqual(2);
  const nav = page.getByRole('navigation', { name: 'Search result pages' });
  await expect(nav.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  await nav.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(nav.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', `/search?q=${COMMON}`);

  await page.goto(`/search?q=${COMMON}&page=${pages}`);
  await expect(nav.getByRole('link', { name: /Next/ })).toHaveCount(0);
  expect((await resultSlugs(page)).length).toBeGreaterThan(0);

  for (const beyond of [String(pages + 1), '99999999999999999999']) {
    expect((await page.goto(`/search?q=${COMMON}&page=${beyond}`))?.status()).toBe(200);
    await expect(page.getByTestId('search-out-of-range')).toContainText(`its results fill ${pages} pages`);
    await expect(page.getByRole('link', { name: 'Go to the first page' })).toHaveAttribute(
      'href',
      `/search?q=${COMMON}`,
    );
  }
  for (const odd of ['abc', '-3', '0', '2.5', '%00']) {
    expect((await page.goto(`/search?q=${COMMON}&page=${odd}`))?.status(), odd).toBe(200);
    await expect(page.getByText(`Page 1 of ${pages}`)).toBeVisible();
  }
});

test('with no query, the page says what can be searched', async ({ page }) => {
  for (const url of ['/search', '/search?q=', '/search?q=%20%20']) {
    expect((await page.goto(url))?.status()).toBe(200);
    await expect(page.getByTestId('search-start')).toContainText('Search every story');
    await expect(page).toHaveTitle('Search · Masthead');
    const browse = page.getByRole('heading', { name: 'Browse a section' }).locator('xpath=following-sibling::ul[1]');
    for (const s of sections)
      await expect(browse.getByRole('link', { name: s.title, exact: true })).toHaveAttribute('href', `/${s.slug}`);
  }
});

test('a search with no results suggests what to do next', async ({ page }) => {
  await page.goto('/search?q=zzqxvblorp');
  await expect(status(page)).toContainText('No stories match “zzqxvblorp”');
  const empty = page.getByTestId('search-none');
  await expect(empty).toContainText('Check the spelling');
  await expect(empty).toContainText('fewer words');
  await expect(empty.getByRole('link', { name: 'City', exact: true })).toBeVisible();
  // Only common words: said so, rather than an unexplained blank.
  await page.goto('/search?q=the+and+of');
  await expect(page.getByTestId('search-notices')).toContainText('only very common words');
});

test('hostile queries get a normal page, never an error or a stack trace', async ({ request }) => {
  const hostile = [
    'x'.repeat(5000),
    `${'harbour '.repeat(60)}`,
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'harbour AND wall OR "storm" -surge * ? ~ ^ : ( ) [ ] { } \\ /',
    '🌊 👨‍👩‍👧 مرفأ שלום \u202Eevil e\u0301\u0301\u0301\u0301\u0301\u0301',
    '\u0000\u0001\u001f harbour \u007f',
    '${7*7} {{7*7}} %s %n',
    "'; DROP TABLE stories; --",
  ];
  for (const q of hostile) {
    const url =
      `/search?q=${encodeURIComponent(q)}&section=${encodeURIComponent(q.slice(0, 50))}` +
      `&page=${encodeURIComponent(q.slice(0, 50))}`;
    const response = await request.get(url);
    const body = await response.text();
    expect(response.status(), q.slice(0, 40)).toBe(200);
    for (const leak of LEAKS) expect(leak.test(body), `${q.slice(0, 40)}: ${leak}`).toBe(false);
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).not.toContain('<img src=x onerror');
  }
  for (const raw of ['%ZZ', '%C0%AE%C0%AE', '%E0%A4%A', '%00%00', '%F0%9F%8C']) {
    expect((await request.get(`/search?q=${raw}`)).status(), raw).toBe(200);
  }
});

test('a long query is shortened and the reader is told', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/search?q=${'a'.repeat(300)}`);
  await expect(page.getByTestId('search-notices')).toContainText('longer than 200 characters');
  await expect(page.getByRole('searchbox', { name: 'Search stories' }).last()).toHaveValue('a'.repeat(200));
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});

test('the results page is noindex, has no canonical and is not cached publicly', async ({ page }) => {
  const response = await page.goto(`/search?q=${COMMON}`);
  await expect(page).toHaveTitle(`Search results for “${COMMON}” · Masthead`);
  const robots = await page
    .locator('meta[name="robots"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('content')));
  expect(robots).toContainEqual(expect.stringMatching(/noindex/));
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  const cacheControl = response?.headers()['cache-control'] ?? '';
  expect(cacheControl).toMatch(/no-store|private/);
  expect(cacheControl).not.toMatch(/public|s-maxage/);
});

test("drafts' and scheduled stories' words find nothing", async ({ request }) => {
  for (const q of [
    'Quillmoor',
    'Ottervane',
    'Brackenfold',
    ...drafts.map((a) => a.title),
    ...scheduled.map((a) => a.title),
  ]) {
    const body = await (await request.get(`/search?q=${encodeURIComponent(q)}`)).text();
    for (const a of [...drafts, ...scheduled]) {
      expect(body, `${a.slug} for ${q}`).not.toContain(urlOf(a));
      expect(body, `${a.title} for ${q}`).not.toContain(a.dek);
    }
  }
  for (const q of ['Quillmoor', 'Ottervane', 'Brackenfold']) {
    expect(await (await request.get(`/search?q=${q}`)).text()).toContain(`No stories match “${q}”`);
  }
});

test('keyboard: Tab reaches the masthead search from the top, Enter submits', async ({ page }) => {
  const { story, word } = distinctive;
  await page.goto('/');
  const input = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
  let reached = false;
  for (let i = 0; i < 5 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await input.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  expect((await resultSlugs(page))[0]).toBe(story.slug);
});

test('the search page fits a 360 px screen and has no serious accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of [`/search?q=${COMMON}`, '/search', '/search?q=zzqxvblorp', `/search?q=${'ab'.repeat(100)}`]) {
    await page.goto(url);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      url,
    ).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
