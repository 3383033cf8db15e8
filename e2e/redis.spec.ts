import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { signBody } from '../lib/publishing/signature';
import { publicArticles, urlOf } from './content';

/**
 * Two production instances of one build, on Node 22 LTS (what @fortedigital/nextjs-cache-handler
 * declares), sharing a Redis cache on loopback: a publish through A is served by B, and both keep
 * answering when Redis goes away.
 */
test.describe.configure({ mode: 'serial' });

const REDIS_PORT = 6390;
const SECRET = 'redis-publish-secret-for-tests-0123456789';
const dist = '.tmp/redis-next';
const content = path.resolve('.tmp/redis-content');
const instances = [{ port: 3601 }, { port: 3602 }].map((i) => ({ ...i, base: `http://127.0.0.1:${i.port}`, log: '' }));
const story = publicArticles.find((a) => a.section === 'sport' && a.updates.length === 0)!;
const processes: ChildProcess[] = [];
let redis: ChildProcess | undefined;

function startRedis() {
  redis = spawn(
    'redis-server',
    ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
}

async function stopRedis() {
  redis?.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
}

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  const node22 = execFileSync('npx', ['-y', '-p', 'node@22.23.3', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
  }).trim();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync('.next', dist, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}cache`) && !src.includes('route-cache'),
  });
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync('content', content, { recursive: true });
  startRedis();
  for (const instance of instances) {
    const child = spawn(node22, ['scripts/server.mjs', '-p', String(instance.port), '-H', '127.0.0.1'], {
      env: {
        ...process.env,
        NEXT_DIST_DIR: dist,
        CONTENT_DIR: content,
        REVALIDATE_SECRET: SECRET,
        PUBLISH_INTERVAL_SECONDS: '3600',
        LISTING_PAGE_SIZE: '4',
        REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
        PUBLISH_SETTLE_MS: '1000',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    child.stdout!.on('data', (d) => (instance.log += d));
    child.stderr!.on('data', (d) => (instance.log += d));
    processes.push(child);
  }
  for (const { base } of instances) {
    await expect
      .poll(async () => (await request.get(`${base}/`).catch(() => null))?.status(), { timeout: 90_000 })
      .toBe(200);
  }
  expect(execFileSync(node22, ['--version'], { encoding: 'utf8' })).toMatch(/^v22\./);
});

test.afterAll(async () => {
  for (const p of processes) p.kill('SIGTERM');
  await stopRedis();
});

async function publish(request: APIRequestContext, base: string) {
  const body = JSON.stringify({ files: [`articles/${story.slug}.mdx`] });
  const timestamp = Math.floor(Date.now() / 1000);
  return request.post(`${base}/api/revalidate`, {
    data: body,
    headers: {
      'content-type': 'application/json',
      'x-masthead-timestamp': String(timestamp),
      'x-masthead-signature': signBody(body, timestamp, SECRET),
    },
  });
}

test('a publish sent to instance A is served by instance B', async ({ request }) => {
  const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
  for (const { base } of instances) expect((await request.get(`${base}${urlOf(story)}`)).status()).toBe(200);
  const file = path.join(content, 'articles', `${story.slug}.mdx`);
  fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\nA line published through instance A.\n`);
  const response = await publish(request, a.base);
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ updated: [story.slug], instancesNotified: true });
  await expect
    .poll(
      async () =>
        (await (await request.get(`${b.base}${urlOf(story)}`)).text()).includes('A line published through instance A.'),
      { timeout: 15_000 },
    )
    .toBe(true);
  expect(await (await request.get(`${a.base}${urlOf(story)}`)).text()).toContain(
    'A line published through instance A.',
  );
});

test('with Redis stopped, both instances keep answering 200, and they recover when it returns', async ({ request }) => {
  await stopRedis();
  const urls = ['/', urlOf(story), `/${story.section}`, urlOf(publicArticles[1]!), '/feeds/rss.xml'];
  for (const { base } of instances) {
    for (const url of urls)
      expect((await request.get(`${base}${url}`, { timeout: 20_000 })).status(), `${base}${url}`).toBe(200);
  }
  expect(instances.some((i) => i.log.includes('Redis unavailable'))).toBe(true);
  startRedis();
  await expect.poll(() => instances.some((i) => i.log.includes('Redis is back')), { timeout: 20_000 }).toBe(true);
  for (const { base } of instances) expect((await request.get(`${base}${urlOf(story)}`)).status()).toBe(200);
});
