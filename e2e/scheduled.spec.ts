import { expect, test } from '@playwright/test';
import { e2eFixture } from './fixture';

test('a scheduled story appears at its time on its URL and in listings, without a rebuild', async ({ request }) => {
  test.setTimeout(150_000);
  const { scheduled } = e2eFixture();
  const url = `/${scheduled.section}/${scheduled.slug}`;
  const due = new Date(scheduled.publishedAt).getTime();

  if (Date.now() < due - 3_000) {
    expect((await request.get(url)).status()).toBe(404);
    expect(await (await request.get(`/${scheduled.section}`)).text()).not.toContain(scheduled.title);
  }

  await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
  // Within the publishing interval (5 s in tests) plus one regeneration, it is live everywhere.
  await expect.poll(async () => (await request.get(url)).status(), { timeout: 40_000, intervals: [1_000] }).toBe(200);
  for (const listing of [`/${scheduled.section}`, '/', '/topics/tourism']) {
    await expect
      .poll(async () => (await (await request.get(listing)).text()).includes(scheduled.title), {
        timeout: 40_000,
        intervals: [1_000],
      })
      .toBe(true);
  }
});
