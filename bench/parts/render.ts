/** Part 6: uncached on-demand renders — article pages in draft mode (preview), which skip every cache. */
import fs from 'node:fs';
import path from 'node:path';
import { articlePath } from '@/lib/content/types';
import { viewsAt } from '@/lib/content/views';
import { previewLinkUrl } from '@/lib/preview/previewLink';
import { type BenchContext, type Part, siteUrls } from '../lib/context';
import { assertPortFree } from '../lib/proc';
import { startNext, startNpmStart, TMP } from '../lib/project';
import { median, type PartResult, percentile, type Row } from '../lib/report';

/** Enters preview through /api/draft and times `n` sequential article renders. */
async function previewRenders(base: string, secret: string, articles: string[], n: number, warmups = 3) {
  const enter = await fetch(previewLinkUrl(base, articles[0]!, secret), { redirect: 'manual' });
  // Draft mode's cookie and the preview session's: both are needed.
  const cookies = enter.headers.getSetCookie().map((c) => c.split(';')[0]!);
  if (cookies.length < 2) throw new Error(`/api/draft answered ${enter.status} without the preview cookies`);
  const cookie = cookies.join('; ');
  const get = async (p: string) => {
    const t0 = performance.now();
    const res = await fetch(base + p, { headers: { cookie, 'accept-encoding': 'identity' } });
    const body = await res.text();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${p} in preview answered ${res.status}`);
    return {
      ms,
      cache: res.headers.get('x-nextjs-cache'),
      cacheControl: res.headers.get('cache-control'),
      preview: body.includes('noindex'),
    };
  };
  for (const p of articles.slice(0, warmups)) await get(p); // warm the server's code paths, not a cache
  const times: number[] = [];
  const cacheHeaders = new Set<string>();
  let previewMarked = 0;
  for (let i = 0; i < n; i++) {
    const r = await get(articles[i % articles.length]!);
    times.push(r.ms);
    cacheHeaders.add(`${r.cache ?? 'no x-nextjs-cache'} / ${r.cacheControl ?? 'no cache-control'}`);
    if (r.preview) previewMarked++;
  }
  return { times, cacheHeaders, previewMarked };
}

export const renderPart: Part = {
  name: 'render',
  title: '6. Uncached render (preview mode)',
  async run(ctx: BenchContext): Promise<PartResult> {
    const site = await ctx.site();
    const next = await ctx.next();
    const urls = siteUrls(site.dir);
    const n = ctx.options.smoke ? 10 : 50;

    const { times, cacheHeaders, previewMarked } = await previewRenders(next.url, ctx.draftSecret, urls.articles, n);
    const distinct = Math.min(n, urls.articles.length);
    const rows: Row[] = [
      { metric: `article render p50 (${n} requests, ${distinct} stories)`, value: median(times), unit: 'ms' },
      {
        metric: `article render p99 (${n} requests)`,
        value: percentile(times, 99),
        unit: 'ms',
        note: n < 100 ? 'with fewer than 100 samples p99 is the slowest request' : undefined,
      },
      { metric: 'article render mean', value: times.reduce((a, b) => a + b, 0) / times.length, unit: 'ms' },
    ];
    const notes = [
      `One client, sequential GETs of different article pages with the preview cookies from a signed /api/draft link ` +
        `(server started with DRAFT_SECRET); in draft mode Next skips the static and ISR caches, and this app ` +
        `re-reads every content file per request (\`previewViewNow\` in lib/content/views.ts, which re-parses only ` +
        `changed files) before compiling the story's MDX. ` +
        `Response headers seen: ${[...cacheHeaders].join('; ')}; ${previewMarked}/${n} responses carried the noindex ` +
        `preview marker. Time = request start to last byte, over loopback.`,
    ];

    // Preview re-reads all content per request, so its cost grows with the newsroom: measure
    // it on the 1,000-story build when the build part has left one.
    const big = path.join(TMP, 'build-1000');
    if (!ctx.options.smoke && fs.existsSync(path.join(big, '.next', 'BUILD_ID'))) {
      await assertPortFree(ctx.ports.spare);
      const server = await startNext(big, path.join(TMP, 'corpus-1000'), ctx.ports.spare, {
        DRAFT_SECRET: ctx.draftSecret,
      });
      try {
        const bigUrls = siteUrls(big);
        const m = 20;
        const r = await previewRenders(server.url, ctx.draftSecret, bigUrls.articles, m);
        rows.push(
          {
            metric: `1,000-story corpus: render p50 (${m} requests)`,
            value: median(r.times),
            unit: 'ms',
            reference: { value: median(times), label: 'demo' },
          },
          { metric: '1,000-story corpus: render p99', value: percentile(r.times, 99), unit: 'ms' },
        );
        notes.push(
          'The 1,000-story rows use bench/tmp/build-1000 (left by the build part) with ' +
            'CONTENT_DIR=bench/tmp/corpus-1000.',
        );
      } finally {
        await server.stop();
      }
    }

    // Stories older than the prerendered set render on their first request (then ISR keeps them):
    // time that first request, and the second, on the 10,000-story build when there is one.
    const huge = path.join(TMP, 'build-10000');
    const corpus = path.join(TMP, 'corpus-10000');
    if (!ctx.options.smoke && fs.existsSync(path.join(huge, '.next', 'BUILD_ID')) && fs.existsSync(corpus)) {
      const prerendered = new Set(siteUrls(huge).articles);
      const cold = olderArticles(corpus, prerendered, 20);
      if (cold.length) {
        await assertPortFree(ctx.ports.spare);
        const t0 = performance.now();
        const server = await startNext(huge, corpus, ctx.ports.spare, {});
        const startMs = performance.now() - t0;
        try {
          const firstHit: number[] = [];
          const secondHit: number[] = [];
          for (const p of cold) {
            for (const list of [firstHit, secondHit]) {
              const t = performance.now();
              const res = await fetch(server.url + p, { headers: { 'accept-encoding': 'identity' } });
              await res.arrayBuffer();
              if (res.status !== 200) throw new Error(`${p} answered ${res.status} on the 10,000-story build`);
              list.push(performance.now() - t);
            }
          }
          rows.push(
            { metric: '10,000-story build: start until the front page answers', value: startMs / 1000, unit: 's' },
            {
              metric: `10,000-story build: first request of a non-prerendered story, p50 (${cold.length})`,
              value: median(firstHit),
              unit: 'ms',
            },
            { metric: '… p99 (slowest)', value: percentile(firstHit, 99), unit: 'ms' },
            { metric: '… second request of the same story, p50', value: median(secondHit), unit: 'ms' },
          );
          notes.push(
            `The 10,000-story rows use bench/tmp/build-10000 (prerendered: ` +
              `${prerendered.size.toLocaleString('en-GB')} stories); ${cold.length} older published stories, each ` +
              `requested twice, one at a time, without preview.`,
          );
        } finally {
          await server.stop();
        }
      }
    }
    const draft = await draftPreviewRenders(ctx);
    rows.push(...draft.rows);
    notes.push(...draft.notes);
    return { rows, notes };
  },
};

/**
 * Issue 21, "preview costs one story": one draft opened from its own preview link and rendered again and again, on
 * the 10,000-story build (smoke: the demo site). After the first request a render must not re-read, re-index or
 * re-relate the newsroom: p95 of the renders after the first against a target.
 */
async function draftPreviewRenders(ctx: BenchContext): Promise<PartResult> {
  const stories = 10_000;
  const site = await ctx.corpusSite(stories);
  const draft = viewsAt({
    contentDir: site.contentDir,
    publicDir: path.join(site.dir, 'public'),
  }).everything.articles.find((a) => a.status === 'draft');
  if (!draft) return { rows: [], notes: ['No draft in the content: the one-draft preview rows were skipped.'] };
  await assertPortFree(ctx.ports.spare);
  const server = await startNpmStart(site.dir, site.contentDir, ctx.ports.spare, { DRAFT_SECRET: ctx.draftSecret });
  try {
    const n = ctx.options.smoke ? 10 : 30;
    const { times } = await previewRenders(server.url, ctx.draftSecret, [articlePath(draft)], n + 1, 0);
    const [first, ...rest] = times;
    const label = ctx.options.smoke ? 'demo site' : `${stories.toLocaleString('en-GB')} stories`;
    return {
      rows: [
        { metric: `${label}: one draft in preview, first request`, value: first!, unit: 'ms' },
        {
          metric: `… the next ${n} requests, p95`,
          value: percentile(rest, 95),
          unit: 'ms',
          reference: { value: first!, label: 'first' },
          target: { op: '<=', value: 500 },
        },
        { metric: '… p50', value: median(rest), unit: 'ms' },
      ],
      notes: [
        `One draft (${articlePath(draft)}) of ` +
          `${ctx.options.smoke ? 'the demo content' : `bench/tmp/corpus-${stories}`} ` +
          `under \`npm start\` (scripts/server.mjs) with DRAFT_SECRET, entered through its own signed ` +
          `/api/draft link ` +
          `and requested ${n + 1} times, one at a time; the first request after start loads the content and builds ` +
          'the public related index, the rest must not.',
      ],
    };
  } finally {
    await server.stop();
  }
}

/** Published stories of a corpus that the build did not prerender, evenly spread, as URL paths. */
function olderArticles(corpus: string, prerendered: Set<string>, count: number): string[] {
  const dir = path.join(corpus, 'articles');
  const paths: string[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const head = fs.readFileSync(path.join(dir, file), 'utf8').slice(0, 1200);
    const section = /^section: ([a-z0-9-]+)$/m.exec(head)?.[1];
    if (!section || !/^status: published$/m.test(head)) continue;
    const p = `/${section}/${file.replace(/\.mdx?$/, '')}`;
    if (!prerendered.has(p)) paths.push(p);
  }
  const step = Math.max(1, Math.floor(paths.length / count));
  return paths.filter((_, i) => i % step === 0).slice(0, count);
}
