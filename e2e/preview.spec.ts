import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DRAFT_SECRET } from '../playwright.config';
import { drafts, scheduled, urlOf } from './content';
import { e2eFixture } from './fixture';

const draft = drafts[0]!;
const enter = (p: string) => `/api/draft?secret=${encodeURIComponent(E2E_DRAFT_SECRET)}&path=${encodeURIComponent(p)}`;

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

test('a scheduled story previews with its go-live time', async ({ page }) => {
  const story = scheduled[0]!;
  await page.goto(enter(urlOf(story)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(page.locator('[data-status="scheduled"]').first()).toContainText('Scheduled for');
  await expect(
    page.locator(`[data-status="scheduled"] time[datetime="${story.publishedAt.toISOString()}"]`).first(),
  ).toBeVisible();
});

test('a wrong secret answers 401 and sets no cookie', async ({ request }) => {
  for (const secret of ['wrong', '', E2E_DRAFT_SECRET.slice(0, -1), `${E2E_DRAFT_SECRET}x`]) {
    const response = await request.get(
      `/api/draft?secret=${encodeURIComponent(secret)}&path=${encodeURIComponent(urlOf(draft))}`,
      { maxRedirects: 0 },
    );
    expect(response.status(), secret).toBe(401);
    expect(response.headers()['set-cookie'], secret).toBeUndefined();
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
  for (const d of drafts)
    await expect(draftsList.getByRole('link', { name: d.title })).toHaveAttribute('href', urlOf(d));
  const scheduledList = page.getByRole('region', { name: /Scheduled/ });
  await expect(scheduledList.getByRole('link', { name: scheduled[0]!.title })).toBeVisible();
  const warnings = page.getByRole('region', { name: /Content warnings/ });
  await expect(warnings).toContainText('e2e-broken-draft.mdx');
  await expect(warnings).toContainText('"nobody-at-all" is not an author');
  // A broken story is in no section: its link opens the desk's own page for it.
  await warnings.getByRole('link', { name: 'open preview' }).first().click();
  await expect(page).toHaveURL(/\/preview\/e2e-broken-draft$/);
  await expect(page.getByRole('alert', { name: 'This story has content errors' })).toContainText(
    '"nobody-at-all" is not an author',
  );
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
    `---\ntitle: "${title}"\ndek: "Written while the server runs."\nsection: city\nauthors: [ines-okafor]\npublishedAt: "2026-11-20T09:00:00+00:00"\nstatus: draft\n---\n\nBody.\n`;
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
