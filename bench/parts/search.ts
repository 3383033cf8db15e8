/** Part 7: search latency at 10,000 stories, by running bench/search.ts in its own process. */
import path from 'node:path';
import type { BenchContext, Part } from '../lib/context';
import { runJsonScript } from '../lib/jsonScript';
import { LOGS, REPO } from '../lib/project';
import type { PartResult } from '../lib/report';

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface SearchOutput {
  stories: number;
  loadMs: number;
  buildMs: number;
  longestStallMs: number;
  overall: Stats;
  concurrent: Stats;
  byKind: Record<string, Stats>;
  loadAverage: number;
}

export const searchPart: Part = {
  name: 'search',
  title: '7. Search latency',
  async run(ctx: BenchContext): Promise<PartResult> {
    const count = ctx.options.smoke ? 200 : 10000;
    const queries = ctx.options.smoke ? 100 : 1000;
    const o = await runJsonScript<SearchOutput>(
      'bench/search.ts',
      path.join(REPO, 'bench', 'search.ts'),
      ['--count', String(count), '--queries', String(queries)],
      path.join(LOGS, `search-${count}.log`),
    );
    const n = o.stories.toLocaleString('en-GB');
    return {
      rows: [
        { metric: `${n} public stories: query p50 (uncached)`, value: o.overall.p50, unit: 'ms' },
        {
          metric: 'query p99',
          value: o.overall.p99,
          unit: 'ms',
          note: `${o.overall.n} queries, max ${o.overall.max.toFixed(1)} ms`,
        },
        {
          metric: '20 concurrent readers (result cache on): query p50',
          value: o.concurrent.p50,
          unit: 'ms',
          note: 'waits behind the other readers included',
        },
        { metric: '20 concurrent readers: query p99', value: o.concurrent.p99, unit: 'ms' },
        {
          metric: 'building the index (first search after the public set changes)',
          value: o.buildMs / 1000,
          unit: 's',
        },
        {
          metric: '… longest event-loop stall while it builds (in slices)',
          value: o.longestStallMs,
          unit: 'ms',
          note: 'other readers wait at most this long',
        },
      ],
      notes: [
        `\`node --expose-gc --import tsx bench/search.ts --count ${count} --queries ${queries}\` (log: ` +
          `bench/tmp/logs/search-${count}.log): ` +
          "the page's own path (parseSearchParams → searchArticles) in-process after one warm-up pass; HTTP and " +
          'rendering not included. ' +
          `Per kind: ${Object.entries(o.byKind)
            .map(([k, s]) => `${k} p50 ${s.p50.toFixed(1)} / p99 ${s.p99.toFixed(1)} ms`)
            .join('; ')}. Load average at the end ${o.loadAverage.toFixed(1)}.`,
      ],
    };
  },
};
