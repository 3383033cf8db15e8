/** Part 1: `next build` of generated corpora — wall time, peak memory of the whole process tree, pages/s. */
import path from 'node:path';
import type { BenchContext, Part } from '../lib/context';
import { buildProject, prepareProject, tailOf } from '../lib/project';
import { GB, MB, type PartResult, type Row } from '../lib/report';

/** "bare Next 16: 2,000 articles in 70 s, 1.2 GB" */
const BARE = { articles: 2000, seconds: 70, bytes: 1.2 * GB };

export const buildPart: Part = {
  name: 'build',
  title: '1. Build (generated corpus)',
  async run(ctx: BenchContext): Promise<PartResult> {
    const counts = ctx.options.smoke ? [200] : [1000, 10000];
    const rows: Row[] = [];
    const notes: string[] = [
      'Cold `next build` (fresh `.next`) in a copy of the project under bench/tmp/, CONTENT_DIR = the generated ' +
        'corpus. ' +
        "Peak memory = the highest sum over one /proc sample (every 250 ms) of all processes in the build's tree; " +
        'RSS counts shared pages once per process, PSS splits them.',
      '"stories/s" is corpus size / wall time; when the app prerenders only the newest stories (PRERENDER_LATEST), ' +
        'the others are not built at all, so compare "routes/s" and the phase times too.',
      `Reference: bare Next 16 builds ${BARE.articles.toLocaleString('en-GB')} articles in ${BARE.seconds} s at 1.2 ` +
        `GB (${(BARE.articles / BARE.seconds).toFixed(1)} stories/s); the time reference is scaled linearly to the ` +
        `corpus size.`,
    ];
    for (const count of counts) {
      const corpus = ctx.corpus(count);
      const dir = prepareProject(`build-${count}`, ctx.options.source);
      console.log(`  next build with ${count} stories in ${dir} …`);
      const build = await buildProject(dir, corpus, { force: true, timeoutMs: 60 * 60_000 });
      const n = count.toLocaleString('en-GB');
      if (!build.ok) {
        rows.push({ metric: `${n} stories: wall time`, value: null, unit: 's', note: 'build failed' });
        notes.push(
          `The ${n}-story build failed (log: ` +
            `${path.relative(process.cwd(), build.logFile)}):\n\n\`\`\`\n${tailOf(build.logFile, 15)}\n\`\`\``,
        );
        continue;
      }
      const wall = build.wallMs / 1000;
      const big = count >= 10000;
      rows.push(
        {
          metric: `${n} stories: wall time`,
          value: wall,
          unit: 's',
          reference: { value: (BARE.seconds * count) / BARE.articles, label: 'bare, scaled' },
          target: big ? { op: '<=', value: 300 } : undefined,
        },
        {
          metric: `${n} stories: peak RSS (tree)`,
          value: build.memory!.peakRssBytes / GB,
          unit: 'GB',
          reference: { value: BARE.bytes / GB, label: 'bare, 2k' },
          target: big ? { op: '<=', value: 4 } : undefined,
        },
        { metric: `${n} stories: peak PSS (tree)`, value: build.memory!.peakPssBytes / GB, unit: 'GB' },
        {
          metric: `${n} stories: stories/s`,
          value: count / wall,
          unit: 'stories/s',
          reference: { value: BARE.articles / BARE.seconds, label: 'bare' },
        },
        {
          metric: `${n} stories: prerendered routes/s`,
          value: build.pages / wall,
          unit: 'pages/s',
          note: `${build.pages.toLocaleString('en-GB')} routes`,
        },
        {
          metric: `${n} stories: story pages prerendered`,
          value: build.articlePages,
          unit: 'count',
          note: build.articlePages < count * 0.98 ? 'the rest render on first request' : undefined,
        },
      );
      const p = build.phases;
      const phases = [
        p.compileS !== undefined ? `compile ${p.compileS.toFixed(1)} s` : '',
        p.typescriptS !== undefined ? `TypeScript ${p.typescriptS.toFixed(1)} s` : '',
        p.staticS !== undefined ? `static generation ${p.staticS.toFixed(1)} s with ${p.staticWorkers} worker(s)` : '',
      ].filter(Boolean);
      const top = build.memory!.atPeak.slice(0, 4).map((m) => `${m.command} ${(m.rssBytes / MB).toFixed(0)} MB`);
      notes.push(
        `${n} stories: ${phases.join(', ') || 'phases not found in the log'}; the rest is collecting page data and ` +
          `finalising. ` +
          `.next is ${((build.distBytes ?? 0) / MB).toFixed(0)} MB. At the memory peak: ${top.join('; ')}.`,
      );
    }
    return { rows, notes };
  },
};
