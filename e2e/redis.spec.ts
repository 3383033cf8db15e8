import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { publishRequest } from '../lib/publishing/signature';
import { liveStorySlugs, publicArticles, urlOf } from './content';
import { pageScripts } from './pageScripts';
import { copySite } from './privateSite';

/**
 * Two production instances of one build, on Node 22 LTS (what @fortedigital/nextjs-cache-handler
 * declares), sharing a Redis cache on loopback: a publish through A is served by B, B catches up on
 * a publish it missed, both keep answering when Redis goes away, and a third instance started while
 * Redis is down serves at once. B reaches Redis through a proxy that the tests can cut.
 */
test.describe.configure({ mode: 'serial' });

const REDIS_PORT = 6390;
const B_LINK_PORT = 6391;
const SECRET = 'redis-publish-secret-for-tests-0123456789';
/** Short, so "within one publishing interval" fits in a test. */
const INTERVAL_SECONDS = 6;
const dist = '.tmp/redis-next';
const content = path.resolve('.tmp/redis-content');
const instances = [
  { port: 3601, redisPort: REDIS_PORT },
  { port: 3602, redisPort: B_LINK_PORT },
].map((i) => ({ ...i, base: `http://127.0.0.1:${i.port}`, log: '' }));
const story = publicArticles.find((a) => a.section === 'sport' && a.updates.length === 0)!;
const missed = publicArticles.find(
  (a) => a.section === 'city' && a.updates.length === 0 && !liveStorySlugs.includes(a.slug),
)!;
const processes: ChildProcess[] = [];
let redis: ChildProcess | undefined;
let node22 = '';

/** B's link to Redis: a TCP relay that drops every connection and refuses new ones while cut. */
const link = { cut: false, sockets: new Set<net.Socket>() };
const relay = net.createServer((client) => {
  if (link.cut) return client.destroy();
  const upstream = net.connect(REDIS_PORT, '127.0.0.1');
  for (const s of [client, upstream]) {
    link.sockets.add(s);
    s.on('error', () => undefined).on('close', () => {
      link.sockets.delete(s);
      client.destroy();
      upstream.destroy();
    });
  }
  client.pipe(upstream).pipe(client);
});

function cutLink() {
  link.cut = true;
  for (const s of link.sockets) s.destroy();
}

function startInstance(instance: { port: number; redisPort: number; log: string }) {
  const child = spawn(node22, ['scripts/server.mjs', '-p', String(instance.port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: dist,
      CONTENT_DIR: content,
      REVALIDATE_SECRET: SECRET,
      PUBLISH_INTERVAL_SECONDS: String(INTERVAL_SECONDS),
      LISTING_PAGE_SIZE: '4',
      REDIS_URL: `redis://127.0.0.1:${instance.redisPort}`,
      PUBLISH_SETTLE_MS: '1000',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  child.stdout!.on('data', (d) => (instance.log += d));
  child.stderr!.on('data', (d) => (instance.log += d));
  processes.push(child);
}

const cachedPages = () =>
  execFileSync('redis-cli', ['-p', String(REDIS_PORT), '--scan', '--pattern', 'masthead:cache:*'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean).length;

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
  node22 = execFileSync('npx', ['-y', '-p', 'node@22.23.3', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
  }).trim();
  copySite(dist, content);
  startRedis();
  await new Promise<void>((r) => relay.listen(B_LINK_PORT, '127.0.0.1', r));
  for (const instance of instances) startInstance(instance);
  for (const { base } of instances) {
    await expect
      .poll(async () => (await request.get(`${base}/`).catch(() => null))?.status(), { timeout: 90_000 })
      .toBe(200);
  }
  expect(execFileSync(node22, ['--version'], { encoding: 'utf8' })).toMatch(/^v22\./);
});

test.afterAll(async () => {
  for (const p of processes) p.kill('SIGTERM');
  cutLink();
  relay.close();
  await stopRedis();
});

async function publish(request: APIRequestContext, base: string) {
  const { body, headers } = publishRequest(SECRET);
  return request.post(`${base}/api/revalidate`, { data: body, headers });
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
  const regenerated = await (await request.get(`${a.base}${urlOf(story)}`)).text();
  expect(regenerated).toContain('A line published through instance A.');
  // Stored in Redis without the framework runtime, like every page readers get.
  expect(pageScripts(regenerated).sources.sort()).toEqual([
    '/islands/share-actions.js',
    '/islands/text-size.js',
    '/islands/theme-toggle.js',
    '/islands/view-beacon.js',
  ]);
  expect(regenerated).not.toContain('self.__next_f');
});

test('a publish accepted by one instance is refused when replayed to the other', async ({ request }) => {
  const { body, headers } = publishRequest(SECRET);
  const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
  expect((await request.post(`${a.base}/api/revalidate`, { data: body, headers })).status()).toBe(200);
  const replay = await request.post(`${b.base}/api/revalidate`, { data: body, headers });
  expect(replay.status()).toBe(409);
  expect(await replay.json()).toEqual({ error: 'this request was already received by another instance' });
});

const MANIFEST_TAG_TEST = 'a live manifest is stored in Redis under its story’s tag, so any publish renews it';
test(MANIFEST_TAG_TEST, async ({ request }) => {
  const liveStory = publicArticles.find((a) => a.slug === liveStorySlugs[0])!;
  expect((await request.get(`${instances[0]!.base}${urlOf(liveStory)}/live.json`)).status()).toBe(200);
  const storedTags = () => {
    const lines = execFileSync(
      'redis-cli',
      ['-p', String(REDIS_PORT), '--raw', 'HGETALL', 'masthead:cache:__sharedTags__'],
      { encoding: 'utf8' },
    ).split('\n');
    for (let i = 0; i + 1 < lines.length; i += 2) {
      if (lines[i]!.endsWith(`${urlOf(liveStory)}/live.json`)) return JSON.parse(lines[i + 1]!) as string[];
    }
    return [];
  };
  await expect.poll(storedTags, { timeout: 10_000 }).toContain(`story:${liveStory.slug}`);
});

test('an instance that missed the publish message catches up by the generation stamp', async ({ request }) => {
  const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
  cutLink();
  const file = path.join(content, 'articles', `${missed.slug}.mdx`);
  fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}\nA line instance B never heard about.\n`);
  const response = await publish(request, a.base);
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ updated: [missed.slug], instancesNotified: true });
  link.cut = false;
  const restored = Date.now();
  // B's client retries after at most 5 s; then its next check of the stamp (every half interval)
  // reloads its content, and the page it serves regenerates at most one interval after it was rendered.
  await expect
    .poll(
      async () =>
        (await (await request.get(`${b.base}${urlOf(missed)}`)).text()).includes(
          'A line instance B never heard about.',
        ),
      { timeout: (5 + INTERVAL_SECONDS * 2) * 1000, intervals: [250] },
    )
    .toBe(true);
  console.log(`[redis.spec] B served the missed publish ${Date.now() - restored} ms after its link came back`);
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

test('an instance started while Redis is down serves pages at once, then uses Redis when it returns', async ({
  request,
}) => {
  test.setTimeout(120_000);
  await stopRedis();
  const c = { port: 3603, redisPort: REDIS_PORT, base: 'http://127.0.0.1:3603', log: '' };
  const spawned = Date.now();
  startInstance(c);
  await expect.poll(() => c.log.includes('Masthead ready'), { timeout: 60_000, intervals: [100] }).toBe(true);
  const ready = Date.now();
  // Today's bound is "never": every cache read waited for Redis. Each page here is a first render on a
  // cold instance (its memory cache is empty), so the bound allows for a loaded test machine.
  for (const url of ['/', urlOf(story), `/${missed.section}`, '/feeds/rss.xml']) {
    const started = Date.now();
    expect((await request.get(`${c.base}${url}`, { timeout: 10_000 })).status(), url).toBe(200);
    console.log(`[redis.spec] ${url} from the instance started without Redis: ${Date.now() - started} ms`);
  }
  console.log(
    `[redis.spec] spawn to listening ${ready - spawned} ms; listening to four pages ${Date.now() - ready} ms`,
  );
  startRedis();
  await expect.poll(() => c.log.includes('Redis is back'), { timeout: 20_000 }).toBe(true);
  expect(cachedPages()).toBe(0);
  for (const url of ['/', urlOf(story), `/${story.section}`, urlOf(publicArticles[2]!)])
    expect((await request.get(`${c.base}${url}`)).status(), url).toBe(200);
  await expect.poll(cachedPages, { timeout: 10_000 }).toBeGreaterThan(0);
});
