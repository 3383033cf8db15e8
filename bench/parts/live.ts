/**
 * Part 8: live coverage (issue #11's figures) — publish-to-reader for live posts on one instance and on two over
 * Redis, the origin's share of 10,000 readers polling the manifest through deploy/nginx.conf, and a 2,000-post story.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { previewLinkUrl } from '@/lib/preview/previewLink';
import { publishRequest } from '@/lib/publishing/signature';
import type { BenchContext, Part } from '../lib/context';
import { load } from '../lib/load';
import { proxyConfig, startNginx } from '../lib/nginx';
import { assertPortFree, type Started, sleep, start, stop, waitForHttp } from '../lib/proc';
import { LOGS, TMP } from '../lib/project';
import { median, type PartResult, percentile, type Row } from '../lib/report';

const SECRET = 'bench-live-publish-secret-0123456789abcdef';
/** What the multi-instance tests run (the Redis cache handler declares Node ≥ 22). */
const NODE_22 = 'node@22.23.3';

interface LiveStory {
  slug: string;
  section: string;
  publishedAt: Date;
}

/** The first running live story of a content folder (format: live, no liveUntil). */
function runningLiveStory(contentDir: string): LiveStory {
  const dir = path.join(contentDir, 'articles');
  for (const file of fs.readdirSync(dir).sort()) {
    const head = fs.readFileSync(path.join(dir, file), 'utf8').slice(0, 2000);
    if (!/^format: live$/m.test(head) || /^liveUntil:/m.test(head) || !/^status: published$/m.test(head)) continue;
    const section = /^section: ([a-z0-9-]+)$/m.exec(head)?.[1];
    const publishedAt = /^publishedAt: "([^"]+)"$/m.exec(head)?.[1];
    if (section && publishedAt)
      return { slug: file.replace(/\.mdx?$/, ''), section, publishedAt: new Date(publishedAt) };
  }
  throw new Error(`no running live story in ${contentDir}`);
}

const iso = (date: Date) => `${date.toISOString().slice(0, 19)}+00:00`;

function writePost(contentDir: string, story: LiveStory, slug: string, at: Date, title?: string, key = false) {
  const dir = path.join(contentDir, 'live', story.slug);
  fs.mkdirSync(dir, { recursive: true });
  const front = [`at: "${iso(at)}"`, 'status: published', title ? `title: "${title}"` : '', key ? 'key: true' : '']
    .filter(Boolean)
    .join('\n');
  const body =
    'Crews from three stations were still at the scene, and the harbour road stayed closed to traffic in both ' +
    'directions while engineers checked the warehouse wall that faces the quay. Residents were asked to keep ' +
    'windows shut.';
  fs.writeFileSync(path.join(dir, `${slug}.mdx`), `---\n${front}\n---\n\n${body}\n`);
}

function copyContent(from: string, name: string): string {
  const dir = path.join(TMP, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** A private copy of the site's build, so regenerated pages never land in the .next the other parts serve. */
function distCopy(siteDir: string, name: string): string {
  const rel = `.next-${name}`;
  fs.rmSync(path.join(siteDir, rel), { recursive: true, force: true });
  fs.cpSync(path.join(siteDir, '.next'), path.join(siteDir, rel), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}cache`),
  });
  return rel;
}

interface Origin {
  url: string;
  process: Started;
}

/** `npm start` (scripts/server.mjs) on the site build, as deployed. */
async function startOrigin(
  name: string,
  siteDir: string,
  port: number,
  env: Record<string, string>,
  node = process.execPath,
): Promise<Origin> {
  await assertPortFree(port);
  const p = start(name, node, [path.join(siteDir, 'scripts', 'server.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: siteDir,
    env: { REVALIDATE_SECRET: SECRET, ...env },
    logFile: path.join(LOGS, `live-${name.replace(/[^a-z0-9]+/gi, '-')}.log`),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, 90_000, p);
  return { url, process: p };
}

/** What `npm run publish` sends: the signed POST /api/revalidate. */
async function publish(base: string): Promise<void> {
  const res = await fetch(`${base}/api/revalidate`, publishRequest(SECRET));
  if (!res.ok) throw new Error(`publish answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
}

const storyPath = (story: LiveStory) => `/${story.section}/${story.slug}`;

async function shows(base: string, story: LiveStory, post: string): Promise<{ page: boolean; manifest: boolean }> {
  const [page, manifest] = await Promise.all([
    fetch(base + storyPath(story)).then((r) => r.text()),
    fetch(`${base}${storyPath(story)}/live.json`).then((r) => r.json() as Promise<{ newest?: string }>),
  ]);
  return { page: page.includes(`id="post-${post}"`), manifest: manifest.newest === post };
}

/** Waits until `reader` serves `post` on the live page and in the manifest; polls every 25 ms, at most 60 s. */
async function untilShown(reader: string, story: LiveStory, post: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  let seen = { page: false, manifest: false };
  while (!(seen.page && seen.manifest)) {
    if (performance.now() > deadline)
      throw new Error(`${post} not shown by ${reader} within 60 s (page ${seen.page}, manifest ${seen.manifest})`);
    await sleep(25);
    seen = await shows(reader, story, post);
  }
}

/**
 * `n` posts, one at a time: write the file, publish through `publisher`, time from the publish returning until
 * `reader` shows the post on the page and in the manifest.
 */
async function publishToReader(publisher: string, reader: string, contentDir: string, story: LiveStory, n: number) {
  await shows(reader, story, '');
  const toReader: number[] = [];
  const publishMs: number[] = [];
  for (let i = 0; i < n; i++) {
    const slug = `bench-post-${Date.now().toString(36)}`;
    // A whole second before now, and a second after the previous post, so it is public and the newest.
    writePost(contentDir, story, slug, new Date(Date.now() - 1000));
    const t0 = performance.now();
    await publish(publisher);
    const returned = performance.now();
    await untilShown(reader, story, slug);
    toReader.push(performance.now() - returned);
    publishMs.push(returned - t0);
    await sleep(1100);
  }
  return { toReader, publishMs };
}

function latencyRows(label: string, r: { toReader: number[]; publishMs: number[] }): Row[] {
  return [
    {
      metric: `${label}: publish-to-reader p50 (${r.toReader.length} posts)`,
      value: median(r.toReader) / 1000,
      unit: 's',
      target: { op: '<=', value: 2 },
    },
    {
      metric: `${label}: publish-to-reader p95`,
      value: percentile(r.toReader, 95) / 1000,
      unit: 's',
      target: { op: '<=', value: 5 },
      note: `slowest ${(Math.max(...r.toReader) / 1000).toFixed(2)} s`,
    },
    { metric: `${label}: the publish request itself, p50`, value: median(r.publishMs) / 1000, unit: 's' },
  ];
}

/** An HTTP relay in front of the origin that counts what reaches it, by path. */
async function countingRelay(port: number, origin: string) {
  const counts = new Map<string, number>();
  const target = new URL(origin);
  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await assertPortFree(port);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    count: (p: string) => counts.get(p) ?? 0,
    reset: () => counts.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function timeGets(url: string, n: number, headers: Record<string, string> = {}): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n + 2; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    if (i >= 2) times.push(performance.now() - t0); // two warm-up requests
  }
  return times;
}

export const livePart: Part = {
  name: 'live',
  title: '8. Live coverage (publish-to-reader, polling cost, a 2,000-post story)',
  async run(ctx: BenchContext): Promise<PartResult> {
    const smoke = ctx.options.smoke;
    const site = await ctx.site();
    const story = runningLiveStory(site.contentDir);
    const base = ctx.options.portBase;
    const ports = { a: base + 3, b: base + 4, redis: base + 5, relay: base + 6, nginx: base + 2 };
    const rows: Row[] = [];
    const notes: string[] = [];
    const stops: (() => Promise<void>)[] = [];
    const posts = smoke ? 3 : 20;
    try {
      // 1a. One instance.
      const single = copyContent(site.contentDir, 'live-content-single');
      const a = await startOrigin('live single', site.dir, ports.a, {
        CONTENT_DIR: single,
        NEXT_DIST_DIR: distCopy(site.dir, 'live-single'),
      });
      stops.push(() => stop(a.process));
      const one = await publishToReader(a.url, a.url, single, story, posts);
      rows.push(...latencyRows('one instance', one));

      // 2. Polling cost, on the same instance behind deploy/nginx.conf, with a counter between nginx and the app.
      const relay = await countingRelay(ports.relay, a.url);
      stops.push(relay.close);
      const nginx = await startNginx('proxy', proxyConfig(site.dir, ports.nginx, ports.relay), ports.nginx);
      stops.push(nginx.stop);
      const manifest = `${storyPath(story)}/live.json`;
      await fetch(nginx.url + manifest).then((r) => r.arrayBuffer());
      relay.reset();
      const durationS = smoke ? 3 : 60;
      // wrk has no fixed rate: it polls as fast as nginx answers, far above the 667/s of 10,000 readers.
      console.log(`  polling ${manifest} through nginx with wrk for ${durationS} s …`);
      const polled = await load(nginx.url + manifest, { connections: smoke ? 4 : 32, durationS }, 'live polling');
      const reached = relay.count(manifest);
      rows.push(
        {
          metric:
            'polling: requests reaching the app per second ' +
            `(${Math.round(polled.reqPerSec)} polls/s, ${durationS} s)`,
          value: reached / durationS,
          unit: 'req/s',
          target: { op: '<=', value: 2 },
          note: `${reached} of ${polled.requests.toLocaleString('en-GB')} answered polls`,
        },
        {
          metric: 'polling: answered polls per second through nginx',
          value: polled.reqPerSec,
          unit: 'req/s',
          note: `p50 ${polled.p50} ms, p99 ${polled.p99} ms, non-2xx ${polled.non2xx}, errors ${polled.errors}`,
        },
      );
      await nginx.stop();
      await relay.close();

      // Reference for part 3: the demo story (its posts plus the ones above) at the origin.
      const demoPage = await timeGets(a.url + storyPath(story), smoke ? 5 : 30);
      const demoManifest = await timeGets(a.url + manifest, smoke ? 5 : 30);
      await stop(a.process);

      // 3. A 2,000-post story: start on the demo content, add the posts, publish, then time at the origin.
      const big = smoke ? 100 : 2000;
      const bigContent = copyContent(site.contentDir, 'live-content-big');
      const c = await startOrigin('live big', site.dir, ports.a, {
        CONTENT_DIR: bigContent,
        NEXT_DIST_DIR: distCopy(site.dir, 'live-big'),
        DRAFT_SECRET: ctx.draftSecret,
      });
      stops.push(() => stop(c.process));
      await fetch(c.url + storyPath(story)).then((r) => r.arrayBuffer());
      // A minute apart and ending a minute ago, so the last one written is the story's newest post.
      const lastAt = Date.now() - 60_000;
      for (let i = 1; i <= big; i++) {
        const at = new Date(lastAt - (big - i) * 60_000);
        const title = i % 5 === 0 ? `Update ${i} from the quay` : undefined;
        writePost(bigContent, story, `bench-${String(i).padStart(4, '0')}`, at, title, i % 100 === 0);
      }
      const newest = `bench-${String(big).padStart(4, '0')}`;
      const t0 = performance.now();
      await publish(c.url);
      const publishedIn = performance.now() - t0;
      await untilShown(c.url, story, newest);
      const shownIn = performance.now() - t0;
      const count = ((await (await fetch(c.url + manifest)).json()) as { count: number }).count;
      const n = smoke ? 5 : 30;
      const page = await timeGets(c.url + storyPath(story), n);
      const lastPage = await timeGets(`${c.url}${storyPath(story)}/page/${Math.ceil(count / 20)}`, n);
      const endpoint = await timeGets(c.url + manifest, n);
      const enter = await fetch(previewLinkUrl(c.url, storyPath(story), ctx.draftSecret), { redirect: 'manual' });
      const cookie = enter.headers
        .getSetCookie()
        .map((x) => x.split(';')[0]!)
        .join('; ');
      const render = await timeGets(c.url + storyPath(story), smoke ? 3 : 15, { cookie });
      rows.push(
        {
          metric: `${count.toLocaleString('en-GB')}-post story: page 1 p50 at the origin (${n} requests)`,
          value: median(page),
          unit: 'ms',
          reference: { value: median(demoPage), label: 'demo story' },
          note: `p95 ${percentile(page, 95).toFixed(0)} ms`,
        },
        {
          metric: `${count.toLocaleString('en-GB')}-post story: live.json p50 at the origin`,
          value: median(endpoint),
          unit: 'ms',
          reference: { value: median(demoManifest), label: 'demo story' },
          note: `p95 ${percentile(endpoint, 95).toFixed(1)} ms`,
        },
        {
          metric: `${count.toLocaleString('en-GB')}-post story: last page (${Math.ceil(count / 20)}) p50`,
          value: median(lastPage),
          unit: 'ms',
        },
        {
          metric: `${count.toLocaleString('en-GB')}-post story: uncached render (preview) p50`,
          value: median(render),
          unit: 'ms',
          note: `${render.length} requests`,
        },
        {
          metric: `${count.toLocaleString('en-GB')}-post story: publish of the posts until page and manifest show them`,
          value: shownIn / 1000,
          unit: 's',
          note: `the publish request ${(publishedIn / 1000).toFixed(2)} s`,
        },
      );
      await stop(c.process);

      // 1b. Two instances over Redis: publish through A, read from B.
      if (!smoke) {
        const node22 = execFileSync('npx', ['-y', '-p', NODE_22, 'node', '-p', 'process.execPath'], {
          encoding: 'utf8',
        }).trim();
        await assertPortFree(ports.redis);
        const redis = start(
          'redis-server',
          'redis-server',
          ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
          { cwd: TMP, logFile: path.join(LOGS, 'live-redis.log') },
        );
        stops.push(() => stop(redis));
        const shared = copyContent(site.contentDir, 'live-content-redis');
        const env = {
          CONTENT_DIR: shared,
          NEXT_DIST_DIR: distCopy(site.dir, 'live-redis'),
          REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
        };
        const ra = await startOrigin('live redis A', site.dir, ports.a, env, node22);
        stops.push(() => stop(ra.process));
        const rb = await startOrigin('live redis B', site.dir, ports.b, env, node22);
        stops.push(() => stop(rb.process));
        // A failure here is a finding (a post B never showed), not a reason to lose the figures above.
        try {
          const two = await publishToReader(ra.url, rb.url, shared, story, posts);
          rows.push(...latencyRows('two instances over Redis (publish to A, read B)', two));
        } catch (error) {
          rows.push({ metric: 'two instances over Redis: publish-to-reader p50', value: null, unit: 's' });
          notes.push(`Two instances over Redis failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      } else {
        notes.push('Smoke: the two-instance (Redis) measurement is skipped.');
      }

      notes.push(
        `Story: ${storyPath(story)} (the demo's running live story). Servers: \`npm start\` (scripts/server.mjs) on ` +
          'a private copy of the site build and of its content. Publish-to-reader: write one post file (its `at` ' +
          'a second ago), send the signed POST /api/revalidate that `npm run publish` sends, then time from its ' +
          'answer until the story page contains `id="post-<slug>"` and live.json says `"newest":"<slug>"` ' +
          '(both polled together every 25 ms, straight at the origin); posts one at a time, 1.1 s apart. ' +
          `Two instances: both on ${NODE_22} with REDIS_URL (redis-server on loopback) and one content folder, ` +
          'default PUBLISH_SETTLE_MS (the publish request waits for the other instance), polled on B only.',
        'Polling: wrk as fast as nginx answers (10,000 readers every 15 s would be 667/s; the cache ' +
          'key is the path, so which socket asks does not matter) on live.json through deploy/nginx.conf ' +
          '(bench/lib/nginx.ts), with a counting HTTP relay between nginx and the app; "reaching the app" is what ' +
          'the relay forwarded during the run, including nginx background updates.',
        `${count.toLocaleString('en-GB')}-post story: the server starts on the demo content, ` +
          `${big.toLocaleString('en-GB')} ` +
          'posts (a minute apart, the last a minute ago, every 5th titled, every 100th a key event) are written, one ' +
          'publish, then ' +
          'sequential GETs at the origin (ISR: the cached page, as readers get it between publishes); "uncached ' +
          'render" is page 1 in preview (draft mode skips every cache and re-reads the content). The demo-story ' +
          'reference is the same story with its demo posts, on the single instance above.',
      );
      return { rows, notes };
    } finally {
      for (const s of stops.reverse()) await s().catch(() => undefined);
      for (const name of ['live-single', 'live-big', 'live-redis'])
        fs.rmSync(path.join(site.dir, `.next-${name}`), { recursive: true, force: true });
    }
  },
};
