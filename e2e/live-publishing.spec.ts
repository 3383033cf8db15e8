import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runningLive, urlOf } from './content';
import { copySite } from './privateSite';

/**
 * A post written while readers watch: `npm run publish` makes it live on the story's page and its
 * manifest without a rebuild, and the island on an open page offers it. Against a server of its own
 * (a copy of the build and of the content, publishing on), as e2e/publishing.spec.ts does.
 */
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = 'live-publish-secret-for-tests-0123456789abcdef';
const dist = '.tmp/live-publish-next';
const content = path.resolve('.tmp/live-publish-content');
const story = urlOf(runningLive);
const POST = 'e2e-crews-stand-down';
let server: ChildProcess;

/** `npm run publish` as an editor runs it, against this server and this content. */
function publish(): string {
  return execFileSync('npm', ['run', '--silent', 'publish'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      REVALIDATE_SECRET: SECRET,
      PUBLISH_URL: `${BASE}/api/revalidate`,
      PUBLISH_STATE_FILE: path.resolve('.tmp/live-publish-state.json'),
    },
  });
}

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  copySite(dist, content);
  fs.rmSync('.tmp/live-publish-state.json', { force: true });
  server = spawn('node', ['scripts/server.mjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: [
      'ignore',
      fs.openSync('.tmp/live-publish-server.log', 'w'),
      fs.openSync('.tmp/live-publish-server.log', 'a'),
    ],
    env: {
      ...process.env,
      NEXT_DIST_DIR: dist,
      CONTENT_DIR: content,
      REVALIDATE_SECRET: SECRET,
      PUBLISH_INTERVAL_SECONDS: '3600',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  await expect
    .poll(async () => (await request.get(`${BASE}/`).catch(() => null))?.status(), { timeout: 60_000 })
    .toBe(200);
  // The first publish records the state of every file, so the next one names only the new post.
  publish();
});

test.afterAll(() => {
  if (server?.pid) process.kill(server.pid, 'SIGTERM');
});

test('a post published with `npm run publish` reaches the page, the manifest and an open page’s island', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await page.goto(`${BASE}${story}`);
  const button = page.getByRole('button', { name: '1 new update' });
  await page.clock.runFor(15_000);
  await expect(button).toBeHidden();

  const at = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000).toISOString();
  fs.writeFileSync(
    path.join(content, 'live', runningLive.slug, `${POST}.mdx`),
    `---\nat: "${at}"\ntitle: "Crews stand down at the Gullwing warehouse"\nstatus: published\n---\n\n` +
      'The last fire engine left Ropewalk Quay a few minutes ago, the fire service says.\n',
  );
  const output = publish();
  // Only what shows the post: the story's pages (its manifest and feed among them), and the feeds and sitemaps it
  // dates.
  expect(JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1))).toMatchObject({
    added: [`live/${runningLive.slug}/${POST}`],
    updated: [],
    removed: [],
    tags: ['live-posts', `story:${runningLive.slug}`],
  });
  expect(output).toContain(`Published 1 changed file(s): live/${runningLive.slug}/${POST}.mdx`);

  const manifest = await request.get(`${BASE}${story}/live.json`);
  expect(await manifest.json()).toEqual({ live: true, newest: POST, count: 49 });
  expect(await (await request.get(`${BASE}${story}`)).text()).toContain(`id="post-${POST}"`);

  // The open page learns of it at its next poll.
  await page.clock.runFor(15_000);
  await expect(button).toBeVisible();
  await expect(page).toHaveTitle(`(1) ${runningLive.title} · Masthead`);
  await button.click();
  const post = page.locator(`#post-${POST}`);
  await expect(post).toBeFocused();
  await expect(post.getByRole('heading', { level: 3 })).toHaveText('Crews stand down at the Gullwing warehouse');
  await expect(page).toHaveTitle(`${runningLive.title} · Masthead`);
  expect(await page.locator('#live-posts > article').first().getAttribute('id')).toBe(`post-${POST}`);
});
