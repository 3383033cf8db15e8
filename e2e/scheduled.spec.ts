import { expect, test } from '@playwright/test';
import { SCHEDULED_AT, scheduled, urlOf } from './content';
import { e2eFixture } from './fixture';

// Two stories on either side of "now": the demo's Brackenfold story is dated 1 March 2027, so it
// is still scheduled; the test server's story is due a minute after the server starts, so by the
// time this test has waited for it, it is due. Neither expectation depends on when the test runs.

test('a story dated in the future answers 404 and appears on no listing', async ({ request }) => {
  expect(Date.now(), `the demo content assumes a clock before ${SCHEDULED_AT}`).toBeLessThan(Date.parse(SCHEDULED_AT));
  const [story] = scheduled;
  expect((await request.get(urlOf(story!))).status()).toBe(404);
  for (const listing of ['/sport', '/', '/topics/merrow-rovers', '/authors/oren-castell', '/sport/page/2']) {
    expect(await (await request.get(listing)).text(), listing).not.toContain(story!.title);
  }
});

test('a scheduled story appears at its time on its URL and in listings, without a rebuild', async ({
  request,
  page,
}) => {
  test.setTimeout(150_000);
  const { scheduled: fixture } = e2eFixture();
  const url = urlOf(fixture);
  await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(fixture.publishedAt) - Date.now())));
  // Within the publishing interval (5 s in tests) plus one regeneration, it is live everywhere.
  await expect.poll(async () => (await request.get(url)).status(), { timeout: 40_000, intervals: [1_000] }).toBe(200);
  for (const listing of [`/${fixture.section}`, '/', '/topics/tourism']) {
    await expect
      .poll(async () => (await (await request.get(listing)).text()).includes(fixture.title), {
        timeout: 40_000,
        intervals: [1_000],
      })
      .toBe(true);
  }
  // It is the newest story, so it leads the front page.
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Top stories' }).locator('article h2 a').first()).toHaveAttribute(
    'href',
    url,
  );
});
