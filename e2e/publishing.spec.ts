import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { publishBody, signedHeaders } from '../lib/publishing/signature';
import { breakingStories, liveStorySlugs, publicArticles, runningLive, urlOf } from './content';
import { copySite } from './privateSite';

/**
 * Publishing without a rebuild, against a server of its own (a copy of the build, a copy of the
 * content, a one-hour publishing interval) so "not regenerated" can be proven by time stamps.
 */
test.describe.configure({ mode: 'serial' });

const PORT = 3500;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = 'publish-secret-for-tests-0123456789abcdef';
const dist = '.tmp/publish-next';
const content = path.resolve('.tmp/publish-content');
const target = publicArticles.find(
  (a) => a.section === 'city' && a.updates.length === 0 && !liveStorySlugs.includes(a.slug),
)!;
const unrelated = publicArticles.find(
  (a) =>
    a.section !== target.section &&
    !a.topics.some((t) => target.topics.some((u) => u.slug === t.slug)) &&
    !a.authors.some((x) => target.authors.includes(x)),
)!;
const targetFile = path.join(content, 'articles', `${target.slug}.mdx`);
let server: ChildProcess;
let purgeHook: http.Server;
const purges: unknown[] = [];

async function signedPost(
  request: APIRequestContext,
  body: string,
  { secret = SECRET, timestamp = Math.floor(Date.now() / 1000) } = {},
) {
  return request.post(`${BASE}/api/revalidate`, {
    data: body,
    headers: signedHeaders(body, secret, timestamp),
  });
}

const generatedAt = async (request: APIRequestContext, url: string) =>
  /data-generated-at="([^"]+)"/.exec(await (await request.get(`${BASE}${url}`)).text())?.[1];

test.beforeAll(async ({ request }) => {
  test.setTimeout(90_000);
  copySite(dist, content);
  purgeHook = http.createServer((req, res) => {
    let body = '';
    req
      .on('data', (d) => (body += d))
      .on('end', () => {
        purges.push(JSON.parse(body));
        res.end('ok');
      });
  });
  await new Promise<void>((r) => purgeHook.listen(0, '127.0.0.1', r));
  server = spawn('node', ['scripts/server.mjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    stdio: ['ignore', fs.openSync('.tmp/publish-server.log', 'w'), fs.openSync('.tmp/publish-server.log', 'a')],
    env: {
      ...process.env,
      NEXT_DIST_DIR: dist,
      CONTENT_DIR: content,
      REVALIDATE_SECRET: SECRET,
      PUBLISH_INTERVAL_SECONDS: '3600',
      LISTING_PAGE_SIZE: '4',
      NEXT_TELEMETRY_DISABLED: '1',
      PURGE_WEBHOOK_URL: `http://127.0.0.1:${(purgeHook.address() as AddressInfo).port}/purge`,
    },
  });
  await expect
    .poll(async () => (await request.get(`${BASE}/`).catch(() => null))?.status(), { timeout: 60_000 })
    .toBe(200);
  // Pages from the build carry its short interval; after one regeneration they carry the hour.
  const warm = [urlOf(target), urlOf(unrelated), `/${target.section}`, '/', `/${unrelated.section}`];
  for (const url of warm) await request.get(`${BASE}${url}`);
  await new Promise((r) => setTimeout(r, 6_000));
  for (const url of warm) await request.get(`${BASE}${url}`);
  await new Promise((r) => setTimeout(r, 1_500));
});

test.afterAll(() => {
  if (server?.pid) process.kill(server.pid, 'SIGTERM');
  purgeHook?.close();
});

test(
  'a signed publish makes a story edit and a correction live on the story, its section and its feed — and leaves ' +
    'unrelated pages alone',
  async ({ request }) => {
    const before = await generatedAt(request, urlOf(unrelated));
    expect(await generatedAt(request, urlOf(unrelated))).toBe(before);
    const newTitle = `${target.title} (revised)`;
    const source = fs
      .readFileSync(targetFile, 'utf8')
      .replace(/^title: .*$/m, `title: ${JSON.stringify(newTitle)}`)
      .replace(
        /^status: published$/m,
        'status: published\nupdates:\n  - at: "2026-11-25T10:00:00+00:00"\n    kind: correction\n' +
          '    note: "An earlier version misnamed the quay; it is Tanner\'s Wharf."',
      )
      .concat('\nA paragraph added by the publishing test.\n');
    fs.writeFileSync(targetFile, source);

    const response = await signedPost(request, publishBody());
    expect(response.status()).toBe(200);
    const change = await response.json();
    expect(change.updated).toEqual([target.slug]);
    expect(change.tags).toEqual(
      expect.arrayContaining([`story:${target.slug}`, `section:${target.section}`, 'feeds', 'site-indexes']),
    );
    expect(change.tags).not.toContain(`story:${unrelated.slug}`);

    const page = await (await request.get(`${BASE}${urlOf(target)}`)).text();
    expect(page).toContain('A paragraph added by the publishing test.');
    expect(page).toContain('An earlier version misnamed the quay');
    expect(await (await request.get(`${BASE}/${target.section}`)).text()).toContain(newTitle.replace(/'/g, '&#x27;'));
    expect(await (await request.get(`${BASE}/feeds/sections/${target.section}/rss.xml`)).text()).toContain(newTitle);
    expect(await generatedAt(request, urlOf(unrelated))).toBe(before);
    expect(purges.at(-1)).toMatchObject({ updated: [target.slug] });
  },
);

const LIVE_POST_TEST =
  'publishing a live post regenerates its story’s pages and the feeds it dates, not the listings or the front page';
test(LIVE_POST_TEST, async ({ request }) => {
  const front = await generatedAt(request, '/');
  const section = await generatedAt(request, `/${unrelated.section}`);
  const post = 'e2e-published-post';
  fs.writeFileSync(
    path.join(content, 'live', runningLive.slug, `${post}.mdx`),
    '---\nat: "2026-11-25T19:40:00+00:00"\nstatus: published\n---\n\nA post added by the publishing test.\n',
  );
  const response = await signedPost(request, publishBody());
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    added: [`live/${runningLive.slug}/${post}`],
    updated: [],
    removed: [],
    tags: ['live-posts', `story:${runningLive.slug}`],
  });
  // The site feed lists the live story: its entry is now dated by the new post.
  const feed = await (await request.get(`${BASE}/feeds/rss.xml`)).text();
  const entry = new RegExp(
    `<link>[^<]*/${runningLive.section}/${runningLive.slug}</link>[\\s\\S]*?<atom:updated>([^<]+)<`,
  );
  expect(entry.exec(feed)?.[1]).toBe('2026-11-25T19:40:00.000Z');
  expect(await generatedAt(request, '/')).toBe(front);
  expect(await generatedAt(request, `/${unrelated.section}`)).toBe(section);
});

const BREAKING_FLAG_TEST =
  'setting or clearing the breaking flag regenerates the strip on the front and section fronts and that story, ' +
  'no other story';
test(BREAKING_FLAG_TEST, async ({ request }) => {
  const strip = async (url: string) =>
    [
      ...(await (await request.get(`${BASE}${url}`)).text()).matchAll(
        /<section aria-labelledby="breaking-heading".*?<\/section>/gs,
      ),
    ].flatMap((m) => [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]));
  expect(await strip('/')).toEqual(breakingStories.map(urlOf));
  const unrelatedAt = await generatedAt(request, urlOf(unrelated));
  const liveFile = path.join(content, 'articles', `${runningLive.slug}.mdx`);
  fs.writeFileSync(liveFile, fs.readFileSync(liveFile, 'utf8').replace(/^breaking: true\n/m, ''));
  let response = await signedPost(request, publishBody());
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    updated: [runningLive.slug],
    tags: ['breaking', `story:${runningLive.slug}`],
  });
  for (const url of ['/', `/${unrelated.section}`, `/${target.section}`]) expect(await strip(url), url).toEqual([]);
  expect(await generatedAt(request, urlOf(unrelated))).toBe(unrelatedAt);

  const targetAt = await generatedAt(request, urlOf(target));
  const unrelatedFile = path.join(content, 'articles', `${unrelated.slug}.mdx`);
  fs.writeFileSync(
    unrelatedFile,
    fs.readFileSync(unrelatedFile, 'utf8').replace(/^status: published$/m, 'status: published\nbreaking: true'),
  );
  response = await signedPost(request, publishBody());
  expect(await response.json()).toMatchObject({ tags: ['breaking', `story:${unrelated.slug}`] });
  for (const url of ['/', `/${target.section}`]) expect(await strip(url), url).toEqual([urlOf(unrelated)]);
  expect(await generatedAt(request, urlOf(target))).toBe(targetAt);
});

test('bad signature, replay, stale timestamp and oversized body are refused and change nothing', async ({
  request,
}) => {
  const body = publishBody();
  expect((await signedPost(request, body, { secret: 'x'.repeat(40) })).status()).toBe(401);
  expect((await signedPost(request, body, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status()).toBe(401);
  const timestamp = Math.floor(Date.now() / 1000);
  expect((await signedPost(request, body, { timestamp })).status()).toBe(200);
  expect((await signedPost(request, body, { timestamp })).status()).toBe(409);
  expect((await signedPost(request, JSON.stringify({ padding: 'x'.repeat(70_000) }))).status()).toBe(413);
  expect((await request.post(`${BASE}/api/revalidate`, { data: body })).status()).toBe(401);
});

/** POSTs `chunks` of 1 KB without a Content-Length (chunked) and says how the server answered. */
function chunkedPost(chunks: number): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = http.request(`${BASE}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode! });
      req.destroy();
    });
    req.on('error', reject);
    const write = () => {
      while (sent < chunks && !req.destroyed) {
        sent++;
        if (!req.write('x'.repeat(1024))) return void req.once('drain', write);
      }
      if (!req.destroyed) req.end();
    };
    write();
  });
}

test('a body without a Content-Length is refused with 411 before it is read', async () => {
  expect((await chunkedPost(1)).status).toBe(411);
  expect((await chunkedPost(10_000)).status).toBe(411);
});

test(
  'a change that breaks the content contract is refused with the build’s message, and the last good version stays ' +
    'live',
  async ({ request }) => {
    const good = await (await request.get(`${BASE}${urlOf(target)}`)).text();
    fs.writeFileSync(
      targetFile,
      fs.readFileSync(targetFile, 'utf8').replace(/^authors: .*$/m, 'authors: [nobody-here]'),
    );
    const response = await signedPost(request, publishBody());
    expect(response.status()).toBe(422);
    expect((await response.json()).problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`${target.slug}\\.mdx:\\d+:\\d+ error authors\\[0\\]: "nobody-here" is not an author`),
      ),
    );
    const after = await (await request.get(`${BASE}${urlOf(target)}`)).text();
    expect(after).toContain('A paragraph added by the publishing test.');
    expect(after.length).toBeGreaterThan(good.length * 0.9);
  },
);

test('MDX that would not compile, or would throw, is refused at file:line:column; the live version stays', async ({
  request,
}) => {
  const source = fs
    .readFileSync(targetFile, 'utf8')
    .replace(/^authors: .*$/m, `authors: [${target.authors.join(', ')}]`);
  const refused = async (body: string, expected: RegExp) => {
    fs.writeFileSync(targetFile, `${source}\n${body}\n`);
    const response = await signedPost(request, publishBody());
    expect(response.status()).toBe(422);
    expect((await response.json()).problems).toContainEqual(expect.stringMatching(expected));
  };
  const slug = target.slug;
  await refused('<Factbox title="Open">\n\nNever closed.', new RegExp(`${slug}\\.mdx:\\d+:\\d+ error .*closing tag`));
  await refused(
    '<p style="color: red">Styled.</p>',
    new RegExp(`${slug}\\.mdx:\\d+:\\d+ error attribute "style" is not allowed on <p>`),
  );
  const page = await request.get(`${BASE}${urlOf(target)}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).not.toContain('Never closed.');
});
