/**
 * Part 7: search latency — a placeholder until search exists.
 *
 * To fill it in: start from ctx.next() (the built site, loopback), run `load()` from
 * ../lib/load.ts against the search route for a few representative queries (and/or time the
 * index build in a worker like index-worker.ts), and return rows with `target`s. Nothing else
 * needs to change: the part is already registered in ./index.ts and has `npm run bench:search`.
 */
import type { BenchContext, Part } from '../lib/context';
import type { PartResult } from '../lib/report';

export const searchPart: Part = {
  name: 'search',
  title: '7. Search latency',
  async run(_ctx: BenchContext): Promise<PartResult> {
    return { rows: [{ metric: 'search', value: null, unit: 'ms', note: 'not built yet' }], notes: [] };
  },
};
