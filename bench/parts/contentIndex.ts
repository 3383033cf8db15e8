/** Part 2: the content index at 10,000 stories — load+validate, related lists for every story, memory. */
import path from 'node:path';
import type { BenchContext, Part } from '../lib/context';
import { runJsonScript } from '../lib/jsonScript';
import { LOGS, REPO } from '../lib/project';
import type { PartResult } from '../lib/report';

interface WorkerOutput {
  files: number;
  errors: number;
  warnings: number;
  publicArticles: number;
  loadMs: number;
  viewMs: number;
  textMs: number;
  relatedIndexMs: number;
  rankAllMs: number;
  longestStallMs: number;
  links: number;
  short: number;
  heapLoadMb: number;
  heapUsedAfterLoadMb: number;
  heapUsedAfterRelatedMb: number;
  rssAfterRelatedMb: number;
  maxRssMb: number;
}

export const contentIndexPart: Part = {
  name: 'index',
  title: '2. Content index',
  async run(ctx: BenchContext): Promise<PartResult> {
    const count = ctx.options.smoke ? 200 : 10000;
    const corpus = ctx.corpus(count);
    const o = await runJsonScript<WorkerOutput>(
      'the index worker',
      path.join(REPO, 'bench', 'parts', 'index-worker.ts'),
      [corpus],
      path.join(LOGS, `index-${count}.log`),
    );
    const n = count.toLocaleString('en-GB');
    return {
      rows: [
        { metric: `${n} stories: load + validate`, value: o.loadMs / 1000, unit: 's', target: { op: '<=', value: 3 } },
        {
          metric: `${n} stories: related lists for all ${o.publicArticles.toLocaleString('en-GB')} public stories`,
          value: (o.viewMs + o.textMs + o.relatedIndexMs + o.rankAllMs) / 1000,
          unit: 's',
          target: { op: '<=', value: 5 },
        },
        {
          metric: "… of which every body's plain text (first use)",
          value: o.textMs / 1000,
          unit: 's',
          note: `${((o.textMs / o.publicArticles) * 1000).toFixed(0)} µs per story`,
        },
        { metric: '… of which building the related index', value: o.relatedIndexMs / 1000, unit: 's' },
        {
          metric: '… of which ranking every story',
          value: o.rankAllMs / 1000,
          unit: 's',
          note: `${((o.rankAllMs / o.publicArticles) * 1000).toFixed(0)} µs per story`,
        },
        {
          metric: '… longest event-loop stall while the site builds the related index (in slices)',
          value: o.longestStallMs,
          unit: 'ms',
          note: `texts derived; the first build after a start also derives each slice's texts: ~${(
            ((o.textMs + o.relatedIndexMs) / o.publicArticles) * 100
          ).toFixed(0)} ms a slice of 100`,
        },
        { metric: 'heapUsed after load (after GC)', value: o.heapUsedAfterLoadMb, unit: 'MB' },
        { metric: 'heapUsed after related (after GC)', value: o.heapUsedAfterRelatedMb, unit: 'MB' },
        { metric: 'RSS after related', value: o.rssAfterRelatedMb, unit: 'MB' },
        { metric: 'peak RSS of the process', value: o.maxRssMb, unit: 'MB' },
      ],
      notes: [
        `A fresh Node process (\`node --expose-gc --import tsx bench/parts/index-worker.ts\`) runs \`viewsAt\` ` +
          `(lib/content/views.ts: read, parse, validate, cross-check, enrich, index) on bench/tmp/corpus-${count} ` +
          `(${o.files.toLocaleString('en-GB')} valid stories, ${o.errors} errors, ${o.warnings} warnings), then the ` +
          `reader view's articles, their plain text, ` +
          `\`buildRelatedIndex\` and \`rankRelated\` for each public story (${o.links.toLocaleString('en-GB')} ` +
          `links, ${o.short} lists shorter than 3). Heap figures are after a forced GC; the load holds every ` +
          `story's source and body in memory. At load the body's syntax tree is built only for the blocks that can ` +
          `hold markup (components, braces, risky links), which the checks need; components in the shapes stories ` +
          `use are written as remark's nodes, the rest parsed. Plain text and word counts come on first use, from a ` +
          `tree that writes blocks of plain words (and one-line paragraphs with plain links) itself and takes the ` +
          `checks' blocks from their tree (lib/text/bodyTree.ts), so no block is parsed twice. Nothing is cached on ` +
          `disk: every figure is a cold start.`,
      ],
    };
  },
};
