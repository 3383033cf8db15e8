/**
 * Part 9: made-up URLs (issue 21). 10,000 request targets of many shapes — dot segments plain and encoded, encoded
 * slashes, backslashes and percent signs, doubled slashes, /_next/ paths and image-optimizer URLs, quotes and
 * brackets — with and without forged preview cookies, sent byte for byte to `npm start` on a private copy of the
 * site's build. Every answer must be below 500, and none may add a file to the copy's page cache.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Rng } from '../../scripts/generate-corpus';
import { type BenchContext, type Part, siteUrls } from '../lib/context';
import { assertPortFree } from '../lib/proc';
import { prepareProject, startNpmStart } from '../lib/project';
import type { PartResult, Row } from '../lib/report';

/** Where Next.js keeps rendered pages, image variants and data-cache entries. */
const CACHE_DIRS = [path.join('.next', 'server', 'app'), path.join('.next', 'cache')];
const CONCURRENCY = 8;

interface Tally {
  files: number;
  bytes: number;
}

function tally(dir: string): Tally {
  const t = { files: 0, bytes: 0 };
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        t.files++;
        t.bytes += fs.statSync(p).size;
      }
    }
  };
  walk(dir);
  return t;
}

/** Each shape makes a request target from a random token and a real section and story. */
type Shape = (r: string, real: { section: string; article: string }) => string;

const SHAPES: Record<string, Shape> = {
  'dot segment to an image': (r) => `/x/../images/stories/${r}.jpg`,
  'dot segment through /_next/': (r) => `/_next/../images/stories/${r}.jpg`,
  'single dot': (r) => `/./${r}`,
  'section, single dot': (r, s) => `/${s.section}/./${r}`,
  'dot segment to a topic': (r) => `/x/../topics/${r}`,
  'encoded dot segment': (r, s) => `/x/%2e%2e/${s.section}/${r}`,
  'encoded dot segment, upper case': (r) => `/x/%2E%2E/topics/${r}`,
  'half-encoded dot segment': (r, s) => `/${s.section}/.%2e/${r}`,
  'climbing out': () => '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  'encoded slash': (r, s) => `/${s.section}%2F${r}`,
  'encoded backslash': (r, s) => `/${s.section}%5C${r}`,
  'encoded percent': (r, s) => `/${s.section}/%25${r}`,
  'double-encoded dot segment': (r) => `/x/%252e%252e/topics/${r}`,
  'double slashes': (r, s) => `//${s.section}//${r}`,
  backslash: (r, s) => `/${s.section}\\${r}`,
  'backslash dot segment': (r) => `/x\\..\\topics\\${r}`,
  'story with a dot segment after it': (r, s) => `${s.article}/../${r}`,
  'story with a trailing dot': (_r, s) => `${s.article}/.`,
  'random /_next/': (r) => `/_next/${r}`,
  'random /_next/static/': (r) => `/_next/static/chunks/${r}.js`,
  'random /_next/data/': (r) => `/_next/data/${r}/index.json`,
  'image optimizer, random local image': (r) => `/_next/image?url=%2Fimages%2Fstories%2F${r}.jpg&w=640&q=65`,
  'image optimizer, encoded path': (r) => `/_next/image?url=%2F%2569mages%2Fstories%2F${r}.jpg&w=640&q=65`,
  'image optimizer, dot segment': (r) => `/_next/image?url=/x/../images/stories/${r}.jpg&w=640&q=65`,
  'image optimizer, odd width': (r) => `/_next/image?url=/images/stories/${r}.jpg&w=${r.length}&q=1`,
  'image optimizer, remote': (r) => `/_next/image?url=https://evil.example/${r}.png&w=640&q=65`,
  'quote in a slug': (r, s) => `/${s.section}/zzq"${r}`,
  'encoded quote in a slug': (r, s) => `/${s.section}/zzq%22${r}`,
  'encoded braces and brackets': (r) => `/topics/%7B${r}%7D%5B1%5D`,
  'apostrophe in a slug': (r, s) => `/${s.section}/${r}'`,
  'brackets in a topic': (r) => `/topics/[${r}]`,
  'parentheses and braces': (r, s) => `/${s.section}/${r}(1){x}`,
  'angle brackets': (r, s) => `/${s.section}/<${r}>`,
  'random section': (r) => `/${r}`,
  'random story': (r, s) => `/${s.section}/${r}`,
  'random story, upper case': (r, s) => `/${s.section.toUpperCase()}/${r}`,
  'random author': (r) => `/authors/${r}`,
  'random topic page': (r) => `/topics/${r}/page/2`,
  'random live feed': (r, s) => `/${s.section}/${r}/live.json`,
  'random post': (r, s) => `${s.article}/posts/${r}`,
  'random feed': (r) => `/feeds/${r}.xml`,
  'random card': (r) => `/cards/${r}`,
  'random standards page': (r) => `/about/${r}`,
  'random preview page': (r) => `/preview/${r}`,
  'forged preview link': (r) => `/api/draft?path=%2Fcity%2F${r}&expires=9999999999&sig=${r}`,
  'story with a trailing slash and query': (r, s) => `${s.article}/?${r}=1`,
  'semicolon parameter': (r, s) => `/${s.section}/${r};jsessionid=1`,
  'search with a path': (r) => `/search/${r}`,
};

const COOKIES: Record<string, (r: string) => string | undefined> = {
  none: () => undefined,
  'forged __prerender_bypass': (r) => `__prerender_bypass=${r}${r}`,
  'forged masthead_preview': (r) => `masthead_preview=${r}.${r}`,
  'both forged': (r) => `__prerender_bypass=${r}${r}; masthead_preview=${r}.${r}`,
};

/** One request, the target byte for byte (no client tidies it), answered and closed: its status, or 0 on failure. */
function send(port: number, target: string, cookie?: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let head = '';
    socket.setTimeout(20_000, () => socket.destroy());
    socket.on('data', (d) => {
      if (head.length < 64) head += d.toString('latin1');
    });
    socket.on('error', () => resolve(0));
    socket.on('close', () => resolve(Number(head.split(' ')[1]) || 0));
    const extra = cookie ? `Cookie: ${cookie}\r\n` : '';
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${extra}\r\n`);
  });
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export const hostileUrlsPart: Part = {
  name: 'hostile-urls',
  title: '9. Made-up URLs and forged cookies (issue 21)',
  async run(ctx: BenchContext): Promise<PartResult> {
    const site = await ctx.site();
    const count = ctx.options.smoke ? 1_000 : 10_000;
    // A private copy of the build: what the requests store must not land in the build other parts serve.
    const dir = prepareProject('hostile-urls', ctx.options.source);
    fs.rmSync(path.join(dir, '.next'), { recursive: true, force: true });
    fs.cpSync(path.join(site.dir, '.next'), path.join(dir, '.next'), {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}cache${path.sep}turbopack`),
    });
    const urls = siteUrls(dir);
    // A section's slug (siteUrls gives its path) and a story's path.
    const real = { section: urls.section.replace(/^\//, ''), article: urls.article };
    const rng = new Rng(`${ctx.options.seed}-hostile-urls`);
    const token = () => rng.next().toString(36).slice(2, 10) + rng.int(0, 1e6).toString(36);
    const shapes = Object.keys(SHAPES);
    const cookies = Object.keys(COOKIES);
    const perGroup = Math.ceil(count / (shapes.length * cookies.length));

    await assertPortFree(ctx.ports.spare);
    const server = await startNpmStart(dir, site.contentDir, ctx.ports.spare, { DRAFT_SECRET: ctx.draftSecret });
    try {
      // Warm: the front page and a story render what any first reader would (the publishing tick, say).
      for (const p of ['/', real.article, urls.section]) await send(server.port, p);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const before = CACHE_DIRS.map((d) => tally(path.join(dir, d)));
      const statuses = new Map<number, number>();
      const stored: string[] = [];
      const failed: string[] = [];
      const byShape: string[] = [];
      let sent = 0;
      let last = before;
      for (const shape of shapes) {
        const fiveHundreds = new Map<string, number>();
        const seen = new Map<number, number>();
        const targets = cookies.flatMap((c) => Array.from({ length: perGroup }, () => ({ cookie: c, r: token() })));
        await inParallel(targets.slice(0, Math.max(0, count - sent)), CONCURRENCY, async ({ cookie, r }) => {
          const status = await send(server.port, SHAPES[shape]!(r, real), COOKIES[cookie]!(r));
          sent++;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          seen.set(status, (seen.get(status) ?? 0) + 1);
          if (status >= 500 || status === 0) fiveHundreds.set(cookie, (fiveHundreds.get(cookie) ?? 0) + 1);
        });
        const now = CACHE_DIRS.map((d) => tally(path.join(dir, d)));
        const added = now.map((t, i) => t.files - last[i]!.files);
        if (added.some((n) => n !== 0)) stored.push(`${shape}: +${added.join(' / +')}`);
        if (fiveHundreds.size)
          failed.push(
            `${shape} (${[...fiveHundreds].map(([c, n]) => `${n} with cookie ${c}`).join(', ')}, e.g. ` +
              `\`${SHAPES[shape]!('TOKEN', real)}\`)`,
          );
        last = now;
        byShape.push(`${shape} ${[...seen].map(([st, n]) => `${st || 'none'}×${n}`).join(' ')}`);
      }
      const after = CACHE_DIRS.map((d) => tally(path.join(dir, d)));
      const fiveHundreds = [...statuses].filter(([s]) => s >= 500 || s === 0).reduce((sum, [, n]) => sum + n, 0);
      const rows: Row[] = [
        {
          metric: `made-up request targets sent (${shapes.length} shapes × ${cookies.length} cookies)`,
          value: sent,
          unit: 'count',
        },
        {
          metric: '5xx answers or failed requests',
          value: fiveHundreds,
          unit: 'count',
          target: { op: '==', value: 0 },
        },
        ...CACHE_DIRS.map(
          (d, i): Row => ({
            metric: `new files under ${d}`,
            value: after[i]!.files - before[i]!.files,
            unit: 'count',
            reference: { value: before[i]!.files, label: 'files before' },
            target: { op: '==', value: 0 },
          }),
        ),
        {
          metric: '… their size',
          value: after.reduce((sum, t, i) => sum + t.bytes - before[i]!.bytes, 0) / 1024 ** 2,
          unit: 'MB',
        },
      ];
      const notes = [
        `\`npm start\` on a copy of the site's build (bench/tmp/hostile-urls), ${CONCURRENCY} raw sockets at a time, ` +
          `each target sent byte for byte with \`Connection: close\`; forged cookies are random values of ` +
          `\`__prerender_bypass\` and \`masthead_preview\`. Redis is not used here. Statuses: ` +
          `${[...statuses]
            .sort(([a], [b]) => a - b)
            .map(([s, n]) => `${s || 'no answer'}: ${n}`)
            .join(', ')}.`,
        `Shapes that added cache files (server/app / cache): ${stored.length ? stored.join('; ') : 'none'}.`,
        `Shapes that got a 5xx or no answer: ${failed.length ? failed.join('; ') : 'none'}.`,
        `Statuses per shape: ${byShape.join('; ')}.`,
      ];
      return { rows, notes };
    } finally {
      await server.stop();
    }
  },
};
