/** Part 5: Lighthouse 12 (mobile preset), median of 5 runs on the front, a section and an article, from npm start. */
import fs from 'node:fs';
import path from 'node:path';
import { type BenchContext, liveStoryPath, type Part, siteUrls } from '../lib/context';
import { run } from '../lib/proc';
import { LOGS, REPO, TMP } from '../lib/project';
import { median, type PartResult, type Row } from '../lib/report';

const LIGHTHOUSE = path.join(REPO, 'node_modules', 'lighthouse', 'cli', 'index.js');
export const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-background-networking --disable-component-update --no-first-run ' +
  '--disable-gpu --disable-sync';

/** Template figures the targets were set against. */
const REFERENCE = { performance: 68, accessibility: 96, 'best-practices': 96, seo: 100, lcpS: 2.9, tbtMs: 1400 };

interface LhReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      scoreDisplayMode?: string;
      displayValue?: string;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
  runtimeError?: { message: string };
}

interface LhRun {
  scores: Record<string, number>;
  lcpS: number;
  cls: number;
  tbtMs: number;
  fcpS: number;
}

export const lighthousePart: Part = {
  name: 'lighthouse',
  title: '5. Lighthouse (mobile, median)',
  async run(ctx: BenchContext): Promise<PartResult> {
    const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!fs.existsSync(chrome)) {
      return {
        rows: [{ metric: 'lighthouse', value: null, unit: '', note: `skipped: no Chromium at ${chrome}` }],
        notes: [],
      };
    }
    const site = await ctx.site();
    const next = await ctx.readers();
    const urls = siteUrls(site.dir);
    const runsPerPage = ctx.options.smoke ? 1 : 5;
    // A live story, when the content has one (the live format arrives with the live-coverage work).
    const live = liveStoryPath(site);
    const pages = ctx.options.smoke
      ? [{ type: 'article', path: urls.article }]
      : [
          { type: 'front', path: urls.front },
          { type: 'section', path: urls.section },
          { type: 'article', path: urls.article },
          ...(live ? [{ type: 'live story', path: live }] : []),
        ];
    const outDir = path.join(TMP, 'lighthouse');
    fs.mkdirSync(outDir, { recursive: true });
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const page of pages) {
      const runs: LhRun[] = [];
      for (let i = 1; i <= runsPerPage; i++) {
        const out = path.join(outDir, `${page.type}-${i}.json`);
        fs.rmSync(out, { force: true });
        console.log(`  lighthouse ${page.type} run ${i}/${runsPerPage} …`);
        const result = await run(
          `lighthouse ${page.type}`,
          process.execPath,
          [
            LIGHTHOUSE,
            next.url + page.path,
            `--chrome-flags=${CHROME_FLAGS}`,
            '--output=json',
            `--output-path=${out}`,
            '--quiet',
          ],
          { cwd: REPO, env: { CHROME_PATH: chrome }, logFile: path.join(LOGS, 'lighthouse.log'), timeoutMs: 180_000 },
        );
        if (result.code !== 0 || !fs.existsSync(out)) {
          notes.push(
            `${page.type} run ${i} failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}; log ` +
              `bench/tmp/logs/lighthouse.log).`,
          );
          continue;
        }
        const report = JSON.parse(fs.readFileSync(out, 'utf8')) as LhReport;
        if (report.runtimeError) {
          notes.push(`${page.type} run ${i}: ${report.runtimeError.message}`);
          continue;
        }
        if (i === runsPerPage) {
          const errored = Object.entries(report.audits)
            .filter(([, a]) => a.scoreDisplayMode === 'error')
            .map(([id]) => id);
          const work = (report.audits['mainthread-work-breakdown']?.details?.items ?? [])
            .slice(0, 3)
            .map((it) => `${String(it.groupLabel)} ${Math.round(Number(it.duration))} ms`);
          const boot = (report.audits['bootup-time']?.details?.items ?? [])
            .slice(0, 3)
            .map((it) => `${String(it.url).replace(next.url, '')} ${Math.round(Number(it.total))} ms`);
          notes.push(
            `${page.type} (last run): main thread ${report.audits['mainthread-work-breakdown']?.displayValue ?? '?'} ` +
              `(${work.join(', ')}); JS execution by script: ${boot.join(', ')}; ` +
              `unused JS: ` +
              `${report.audits['unused-javascript']?.displayValue ?? 'none'}${
                errored.length ? `; audits that errored: ${errored.join(', ')}` : ''
              }.`,
          );
        }
        const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
        const num = (k: string) => report.audits[k]?.numericValue ?? NaN;
        runs.push({
          scores: {
            performance: score('performance'),
            accessibility: score('accessibility'),
            'best-practices': score('best-practices'),
            seo: score('seo'),
          },
          lcpS: num('largest-contentful-paint') / 1000,
          cls: num('cumulative-layout-shift'),
          tbtMs: num('total-blocking-time'),
          fcpS: num('first-contentful-paint') / 1000,
        });
      }
      if (!runs.length) {
        rows.push({ metric: `${page.type}: lighthouse`, value: null, unit: '', note: 'every run failed' });
        continue;
      }
      const m = (f: (r: LhRun) => number) => median(runs.map(f));
      const label = `${page.type}`;
      rows.push(
        {
          metric: `${label}: performance`,
          value: m((r) => r.scores.performance!),
          unit: 'score',
          reference: { value: REFERENCE.performance, label: 'template' },
          target: { op: '>=', value: 98 },
          note: `runs: ${runs.map((r) => r.scores.performance).join(', ')}`,
        },
        {
          metric: `${label}: accessibility`,
          value: m((r) => r.scores.accessibility!),
          unit: 'score',
          reference: { value: REFERENCE.accessibility, label: 'template' },
          target: { op: '>=', value: 100 },
        },
        {
          metric: `${label}: best practices`,
          value: m((r) => r.scores['best-practices']!),
          unit: 'score',
          reference: { value: REFERENCE['best-practices'], label: 'template' },
          target: { op: '>=', value: 100 },
        },
        {
          metric: `${label}: SEO`,
          value: m((r) => r.scores.seo!),
          unit: 'score',
          reference: { value: REFERENCE.seo, label: 'template' },
          target: { op: '>=', value: 100 },
        },
        {
          metric: `${label}: LCP`,
          value: m((r) => r.lcpS),
          unit: 's',
          reference: { value: REFERENCE.lcpS, label: 'template' },
          target: { op: '<=', value: 1.8 },
          note: `FCP ${m((r) => r.fcpS).toFixed(2)} s`,
        },
        { metric: `${label}: CLS`, value: m((r) => r.cls), unit: '', target: { op: '<=', value: 0 } },
        {
          metric: `${label}: TBT`,
          value: m((r) => r.tbtMs),
          unit: 'ms',
          reference: { value: REFERENCE.tbtMs, label: 'template' },
          target: { op: '<=', value: 50 },
        },
      );
    }
    if (!live && !ctx.options.smoke) notes.push('No live story in this content: the live page was not measured.');
    notes.unshift(
      `\`lighthouse URL --chrome-flags="${CHROME_FLAGS}" --output=json --quiet\` (lighthouse 12.2.3, default mobile ` +
        `preset: simulated slow 4G and 4× CPU slowdown) against npm start (scripts/server.mjs) on loopback, ` +
        `${runsPerPage} run(s) per page, median of each figure; reports in bench/tmp/lighthouse/. Performance swings ` +
        `by about ±10 between runs on this machine.`,
    );
    return { rows, notes };
  },
};
