/**
 * Part 8: search's budget under load (issue 21). Cached article pages at the origin while 20 clients send distinct
 * searches as fast as they can: the article p99 against the same load without searches, in the same run, and every
 * search answered 200 or the explicit busy 503 (lib/search/searchBudget.ts), nothing else.
 */
import path from 'node:path';
import type { Article } from '@/lib/content/types';
import { viewsAt } from '@/lib/content/views';
import { budgetOptions } from '@/lib/search/searchBudget';
import { searchHref } from '@/lib/search/searchHref';
import { textTerms } from '@/lib/text/tokenize';
import { Rng } from '../../scripts/generate-corpus';
import { type BenchContext, type Part, siteUrls } from '../lib/context';
import { type LoadResult, load } from '../lib/load';
import { assertPortFree } from '../lib/proc';
import { startNpmStart } from '../lib/project';
import type { PartResult, Row } from '../lib/report';

const SEARCH_CLIENTS = 20;
const ARTICLE_CLIENTS = 2;
const QUERIES = 20_000;

/** Distinct queries of one to four words from the public stories' headlines and bodies, seeded. */
function distinctQueries(contentDir: string, publicDir: string, seed: string): string[] {
  const view = viewsAt({ contentDir, publicDir }).readers();
  const rng = new Rng(`${seed}-search-load`);
  const wordsOf = (text: string) => textTerms(text).filter((w) => /^\p{L}{4,}$/u.test(w));
  const titles = new Map(view.articles.map((a) => [a, wordsOf(a.title)]));
  const bodies = new Map<Article, string[]>();
  const bodyWords = (a: Article) => {
    if (!bodies.has(a)) bodies.set(a, wordsOf(a.plainText));
    return bodies.get(a)!;
  };
  const queries = new Set<string>();
  for (let tries = 0; queries.size < QUERIES && tries < QUERIES * 5; tries++) {
    const story = rng.pick(view.articles);
    const pool = rng.chance(0.5) ? titles.get(story)! : bodyWords(story);
    if (!pool.length) continue;
    const n = rng.int(1, Math.min(4, pool.length));
    const start = rng.int(0, pool.length - n);
    queries.add(pool.slice(start, start + n).join(' '));
  }
  return [...queries].map((q) => searchHref({ q }));
}

const statusText = (r: LoadResult) =>
  Object.entries(r.statuses ?? {})
    .map(([code, n]) => `${code}: ${n}`)
    .join(', ');
const countOf = (r: LoadResult, code: string) => r.statuses?.[code] ?? 0;
const otherThan = (r: LoadResult, codes: string[]) =>
  Object.entries(r.statuses ?? {}).reduce((sum, [code, n]) => sum + (codes.includes(code) ? 0 : n), 0);

export const searchLoadPart: Part = {
  name: 'search-load',
  title: '8. Search budget under load (issue 21)',
  async run(ctx: BenchContext): Promise<PartResult> {
    const stories = 10_000;
    const site = await ctx.corpusSite(stories);
    const seconds = ctx.options.smoke ? 5 : 30;
    const articles = siteUrls(site.dir).articles.slice(0, 50);
    const queries = distinctQueries(site.contentDir, path.join(site.dir, 'public'), ctx.options.seed);
    await assertPortFree(ctx.ports.spare);
    // The budget's settings, when the run sets them, go to the server (and into the note).
    const budget = Object.fromEntries(
      ['SEARCH_CONCURRENCY', 'SEARCH_QUEUE_LENGTH', 'SEARCH_MAX_WAIT_MS', 'SEARCH_REST_RATIO'].map((k) => [
        k,
        process.env[k],
      ]),
    );
    const server = await startNpmStart(site.dir, site.contentDir, ctx.ports.spare, {
      DRAFT_SECRET: ctx.draftSecret,
      ...budget,
    });
    try {
      // Warm: every article path once (the page cache serves them from here on) and the search index built.
      for (const p of articles) await (await fetch(server.url + p)).arrayBuffer();
      await (await fetch(server.url + queries[0]!)).arrayBuffer();
      const articleLoad = { connections: ARTICLE_CLIENTS, durationS: seconds, threads: 1, countStatuses: true };
      const alone = await load(`${server.url}/`, { ...articleLoad, rotate: articles }, 'articles-alone');
      // One wrk thread for the searches: each thread rotates through the list from its start, and two would send the
      // same queries, the second of them cached.
      const [withSearch, searches] = await Promise.all([
        load(`${server.url}/`, { ...articleLoad, rotate: articles }, 'articles-with-search'),
        load(
          `${server.url}/`,
          { connections: SEARCH_CLIENTS, durationS: seconds, threads: 1, countStatuses: true, rotate: queries },
          'distinct-searches',
        ),
      ]);
      const label = ctx.options.smoke ? 'demo site: ' : `${stories.toLocaleString('en-GB')} stories: `;
      const rows: Row[] = [
        {
          metric: `${label}cached article p99 while ${SEARCH_CLIENTS} clients search`,
          value: withSearch.p99,
          unit: 'ms',
          reference: { value: alone.p99, label: 'no searches' },
          target: { op: '<=', value: 250 },
        },
        {
          metric: '… article p50',
          value: withSearch.p50,
          unit: 'ms',
          reference: { value: alone.p50, label: 'alone' },
        },
        {
          metric: '… article answers other than 200, and errors',
          value: otherThan(withSearch, ['200']) + withSearch.errors + withSearch.timeouts,
          unit: 'count',
          target: { op: '==', value: 0 },
        },
        { metric: 'searches answered per second', value: searches.reqPerSec, unit: 'req/s' },
        { metric: '… of which 200', value: countOf(searches, '200'), unit: 'count' },
        { metric: '… of which busy 503', value: countOf(searches, '503'), unit: 'count' },
        {
          metric: '… anything else, and errors',
          value: otherThan(searches, ['200', '503']) + searches.errors + searches.timeouts,
          unit: 'count',
          target: { op: '==', value: 0 },
        },
        { metric: 'search p99 (200 and 503 alike)', value: searches.p99, unit: 'ms' },
      ];
      const notes = [
        `\`npm start\` (scripts/server.mjs) on ${ctx.options.smoke ? 'the demo site' : `bench/tmp/build-${stories}`} ` +
          `with the budget ${Object.entries(budgetOptions(budget))
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')} (from SEARCH_* in the environment, else the defaults). wrk, one ` +
          `thread each, for ${seconds} s: ${ARTICLE_CLIENTS} connections rotating over ${articles.length} ` +
          `prerendered ` +
          `(cached) article pages, first alone, then while ${SEARCH_CLIENTS} more connections send distinct searches ` +
          `(${queries.length.toLocaleString('en-GB')} distinct queries of 1-4 words from the stories, seeded, so ` +
          `none repeats within the run). Statuses, articles alone: ${statusText(alone)}; articles with searches: ` +
          `${statusText(withSearch)}; searches: ${statusText(searches)} (errors ${searches.errors}, timeouts ` +
          `${searches.timeouts}). Latency = wrk's, over loopback, load generator on the same 2 cores.`,
      ];
      return { rows, notes };
    } finally {
      await server.stop();
    }
  },
};
