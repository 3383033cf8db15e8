/**
 * Search latency at 10,000 stories. Standalone (imports nothing from the rest of bench/):
 *
 *   npx tsx --tsconfig tsconfig.json bench/search.ts [--count 10000] [--queries 1000] [--seed masthead] [--corpus DIR]
 *   (add `node --expose-gc --import tsx bench/search.ts …` for heap figures after GC)
 *
 * Generates (or reuses) a corpus in bench/tmp/search-corpus-<count> with scripts/generate-corpus.ts,
 * loads it as the site does, builds the search index from the public stories exactly as a reader
 * request would (lib/search/searchIndex.ts), then runs ~1,000 varied queries through the page's own
 * path (parseSearchParams → searchArticles, page 1 or 2, some with a section filter) and reports
 * p50/p95/p99/max per query kind and overall (result cache emptied before each query), then the
 * same queries from 20 concurrent readers with the cache on. The last line of output is one JSON object, for
 * a harness to parse.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '@/lib/content/types';
import { viewsAt } from '@/lib/content/views';
import { parseSearchParams } from '@/lib/search/parseSearchParams';
import { buildSearchIndex, buildSearchIndexInSlices, searchArticles } from '@/lib/search/searchIndex';
import { textTerms } from '@/lib/text/tokenize';
import { defaultNow, generateCorpus, Rng, readCorpusMarker } from '../scripts/generate-corpus';
import { longestStall } from './lib/longestStall';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    queries: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'masthead' },
    corpus: { type: 'string' },
  },
});
const count = Number(values.count);
const queryCount = Number(values.queries);
const seed = values.seed!;
const exposedGc = (globalThis as { gc?: () => void }).gc;
const gc = exposedGc ?? (() => {});
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

// Own folder, so this never regenerates a corpus another benchmark is reading.
const corpusDir = path.resolve(values.corpus ?? path.join(import.meta.dirname, 'tmp', `search-corpus-${count}`));
if (!values.corpus) {
  const marker = readCorpusMarker(corpusDir);
  if (
    !marker ||
    marker.count !== count ||
    marker.seed !== seed ||
    marker.now !== defaultNow().toISOString() ||
    !fs.existsSync(path.join(corpusDir, 'articles'))
  ) {
    const t = performance.now();
    generateCorpus({ outDir: corpusDir, count, seed });
    console.log(
      `generated ${count} stories in ${path.relative(process.cwd(), corpusDir)} ` +
        `(${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
  }
}

let t = performance.now();
const views = viewsAt({ contentDir: corpusDir, publicDir: path.resolve('public') });
const content = views.everything;
const view = views.readers();
const loadMs = performance.now() - t;
const articles = view.articles;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
gc();
const heapBefore = process.memoryUsage().heapUsed;
const loadBefore = os.loadavg()[0]!;
t = performance.now();
const cpu = cpuMs();
const index = buildSearchIndex(articles, (slug) => view.author(slug)?.name);
const buildMs = performance.now() - t;
const buildCpuMs = cpuMs() - cpu;
gc();
const indexHeapMb = mb(process.memoryUsage().heapUsed - heapBefore);

// The site builds the index in slices (lib/search/searchView.ts): how long can a reader's
// request wait behind it?
const longestStallMs = await longestStall(() => buildSearchIndexInSlices(articles, (slug) => view.author(slug)?.name));

// ---------------------------------------------------------------------------------------------
// Queries: drawn from the corpus with a seeded RNG, so every run searches the same things.

const rng = new Rng(`${seed}-search-queries`);
const sectionSlugs = view.sections.map((s) => s.slug);
const wordsOf = (text: string) => textTerms(text).filter((w) => /^\p{L}{4,}$/u.test(w));
const story = (): Article => rng.pick(articles);
const titleWord = () => rng.pick(wordsOf(story().title).length ? wordsOf(story().title) : ['harbour']);

function typo(word: string): string {
  if (word.length < 5) return word;
  const i = rng.int(1, word.length - 2);
  return rng.chance(0.5)
    ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    : word.slice(0, i) + word.slice(i + 1);
}

const HOSTILE = [
  '<script>alert(1)</script>',
  'harbour AND council OR "flood" -storm * ?',
  '🌊🌊 مرفأ שלום e\u0301\u0301',
  '\u0000\u0001 tram \u202Eevil',
  `${'harbour '.repeat(40)}`,
  'x'.repeat(300),
];

const KINDS: Record<string, () => string> = {
  'title word': () => titleWord(),
  'two title words': () => {
    const w = wordsOf(story().title);
    return w.length >= 2 ? `${w[0]} ${w[1]}` : titleWord();
  },
  headline: () => story().title,
  typo: () => typo(titleWord()),
  prefix: () => titleWord().slice(0, rng.int(3, 5)),
  topic: () => rng.pick(story().topics)?.name ?? titleWord(),
  author: () => view.author(rng.pick(story().authors))?.name ?? 'council',
  'common word': () => rng.pick(['council', 'harbour', 'city', 'said', 'plan', 'new', 'port merrow', 'year']),
  'long (body words)': () => {
    const w = wordsOf(story().body);
    const start = rng.int(0, Math.max(0, w.length - 8));
    return w.slice(start, start + rng.int(5, 8)).join(' ');
  },
  'no match': () => `zq${rng.int(1000, 9999)}xv`,
  hostile: () => rng.pick(HOSTILE),
};
const kinds = Object.keys(KINDS);
const queries = Array.from({ length: queryCount }, () => {
  const kind = rng.pick(kinds);
  return {
    kind,
    params: {
      q: KINDS[kind]!(),
      section: rng.chance(0.2) ? rng.pick(sectionSlugs) : undefined,
      page: rng.chance(0.15) ? '2' : undefined,
    },
  };
});

// ---------------------------------------------------------------------------------------------
// Measure. One untimed pass warms the JIT, as a running server would be. The sequential pass
// empties the result cache before each query, so it times a query's own work; the concurrent
// pass starts with an empty cache and lets repeats hit it, as a running server would.

function runAll() {
  return queries.map(({ kind, params }) => {
    index.cache.clear();
    const start = performance.now();
    const request = parseSearchParams(params, sectionSlugs);
    const results = searchArticles(index, request);
    return { kind, ms: performance.now() - start, total: results.total };
  });
}
runAll();
const timings = runAll();

/**
 * READERS readers on one event loop, each sending its share of the queries back to back: a
 * query's time runs from when its reader asks to when the answer is ready, so it includes the
 * wait behind other readers' searches, as a request to the server would.
 */
const READERS = 20;
async function runConcurrently(): Promise<number[]> {
  index.cache.clear();
  const times: number[] = [];
  let next = 0;
  const reader = async () => {
    while (next < queries.length) {
      const { params } = queries[next++]!;
      const start = performance.now();
      await new Promise<void>((resolve) => setImmediate(resolve));
      searchArticles(index, parseSearchParams(params, sectionSlugs));
      times.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: READERS }, reader));
  return times;
}
const concurrentTimes = await runConcurrently();

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    n: s.length,
    p50: r(percentile(s, 50)),
    p95: r(percentile(s, 95)),
    p99: r(percentile(s, 99)),
    max: r(s[s.length - 1] ?? 0),
  };
}

const overall = summary(timings.map((x) => x.ms));
const concurrent = summary(concurrentTimes);
const byKind = Object.fromEntries(
  kinds.map((k) => {
    const rows = timings.filter((x) => x.kind === k);
    const hits = rows.map((x) => x.total).sort((a, b) => a - b);
    return [k, { ...summary(rows.map((x) => x.ms)), medianHits: percentile(hits, 50) }];
  }),
);

console.log(
  `\nSearch latency: ${articles.length.toLocaleString('en-GB')} public stories (of ` +
    `${content.articles.length.toLocaleString('en-GB')} in ${path.relative(process.cwd(), corpusDir) || corpusDir})`,
);
console.log(
  `load + validate ${(loadMs / 1000).toFixed(1)} s · build index ${(buildMs / 1000).toFixed(2)} s ` +
    `(CPU ${(buildCpuMs / 1000).toFixed(2)} s) · ` +
    `index heap ≈ ${indexHeapMb} MB${exposedGc ? ' (after GC)' : ' (no --expose-gc: rough)'}`,
);
console.log(
  `\n${'kind'.padEnd(20)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ` +
    `${'max ms'.padStart(8)} ${'median hits'.padStart(12)}`,
);
for (const [k, s] of Object.entries(byKind)) {
  console.log(
    `${k.padEnd(20)} ${String(s.n).padStart(5)} ${s.p50.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)} ` +
      `${s.p99.toFixed(2).padStart(8)} ${s.max.toFixed(2).padStart(8)} ${String(s.medianHits).padStart(12)}`,
  );
}
console.log(
  `${'all queries'.padEnd(20)} ${String(overall.n).padStart(5)} ${overall.p50.toFixed(2).padStart(8)} ` +
    `${overall.p95.toFixed(2).padStart(8)} ${overall.p99.toFixed(2).padStart(8)} ${overall.max.toFixed(2).padStart(8)}`,
);
console.log(
  `${`${READERS} readers, cached`.padEnd(20)} ${String(concurrent.n).padStart(5)} ` +
    `${concurrent.p50.toFixed(2).padStart(8)} ${concurrent.p95.toFixed(2).padStart(8)} ` +
    `${concurrent.p99.toFixed(2).padStart(8)} ${concurrent.max.toFixed(2).padStart(8)}`,
);
console.log(
  `\n${os.cpus().length} CPUs, 1-minute load average ${loadBefore.toFixed(1)} before the build and ` +
    `${os.loadavg()[0]!.toFixed(1)} at the end: wall times stretch when other work shares the machine.`,
);
console.log(
  'Times are in-process (parse + search + sort + page), after one warm-up pass; HTTP and rendering are not included. ' +
    'Per kind and "all queries": result cache emptied before each query. Readers: cache empty at the start, waits ' +
    'included.',
);
console.log(
  JSON.stringify({
    stories: articles.length,
    loadMs: Math.round(loadMs),
    buildMs: Math.round(buildMs),
    longestStallMs: Math.round(longestStallMs),
    buildCpuMs: Math.round(buildCpuMs),
    indexHeapMb,
    loadAverage: os.loadavg()[0],
    overall,
    concurrent,
    byKind,
  }),
);
