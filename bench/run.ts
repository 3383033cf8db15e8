/**
 * npm run bench [-- <part> ...] [--smoke] [--source worktree|head] [--content DIR] [--port-base N] [--seed S]
 * [--no-write]
 *
 * Runs the benchmark parts (all by default, in order) and rewrites their sections of bench/RESULTS.md, keeping
 * the other parts' (a smoke run leaves a full run's section alone). Builds and servers live in copies of the
 * project under bench/tmp/, so the repository's own .next is never touched. Every server and load generator binds
 * 127.0.0.1, is bounded in time and requests, and is stopped by its process id at the end.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parts } from './allParts';
import { BenchContext } from './lib/context';
import { installCleanup, stopAll } from './lib/proc';
import { gitInfo, REPO, type Source } from './lib/project';
import { machine, meets, type PartResult, type Section, table, utcStamp, writeSections } from './lib/report';

process.env.NEXT_TELEMETRY_DISABLED = '1';
installCleanup();

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    smoke: { type: 'boolean', default: false },
    source: { type: 'string', default: 'worktree' },
    content: { type: 'string' },
    'port-base': { type: 'string', default: process.env.BENCH_PORT_BASE ?? '3411' },
    seed: { type: 'string', default: 'masthead' },
    'no-write': { type: 'boolean', default: false },
    results: { type: 'string', default: path.join(REPO, 'bench', 'RESULTS.md') },
  },
});

const unknown = positionals.filter((p) => !parts.some((part) => part.name === p));
if (unknown.length || !['worktree', 'head'].includes(values.source!)) {
  console.error(
    `Unknown part(s) ${unknown.join(', ') || '(none)'} or --source ${values.source}. Parts: ` +
      `${parts.map((p) => p.name).join(', ')}; --source worktree|head`,
  );
  process.exit(2);
}
const selected = positionals.length ? parts.filter((p) => positionals.includes(p.name)) : parts;
const ctx = new BenchContext({
  smoke: values.smoke!,
  source: values.source as Source,
  siteContent: values.content,
  portBase: Number(values['port-base']),
  seed: values.seed!,
});

const startedAt = new Date();
const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const results: { name: string; title: string; result: PartResult; seconds: number }[] = [];
try {
  for (const part of selected) {
    console.log(`\n== ${part.title}${ctx.options.smoke ? ' (smoke)' : ''}`);
    const t0 = performance.now();
    let result: PartResult;
    try {
      result = await part.run(ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`   FAILED: ${message}`);
      result = { rows: [], notes: [], error: message };
    }
    const seconds = (performance.now() - t0) / 1000;
    results.push({ name: part.name, title: part.title, result, seconds });
    if (result.rows.length) console.log(table(result.rows));
  }
} finally {
  await ctx.close();
  await stopAll();
}

const git = gitInfo();
const stamp = utcStamp(startedAt);
const variant = ctx.options.smoke ? ':smoke' : selected.length === 1 ? `:${selected[0]?.name}` : '';
const partList =
  selected.length > 1 && selected.length < parts.length ? ` -- ${selected.map((p) => p.name).join(' ')}` : '';
// The one switch that changes what is measured (KEEP_FRAMEWORK_RUNTIME,
// docs/adr/002-readers-pages-without-framework-runtime.md) is part of the command.
const keep = process.env.KEEP_FRAMEWORK_RUNTIME === '1' ? 'KEEP_FRAMEWORK_RUNTIME=1 ' : '';
const command = `${keep}npm run bench${variant}${partList}`;
const source = `${ctx.options.source === 'head' ? 'committed HEAD' : 'working tree'} at ${git.commit}${
  ctx.options.source === 'worktree' && git.dirty
    ? ' (with uncommitted changes in app/, components/, lib/ or config)'
    : ''
}`;
const runLines = [
  `- Run: \`${command}\` at ${stamp} UTC (${((Date.now() - startedAt.getTime()) / 60000).toFixed(1)} min), ` +
    `${source}; load average at start ${load} (anything else running on the machine skews every figure)`,
  `- Machine: ${machine()}`,
  ...ctx.header.map((h) => `- ${h}`),
];
let failed = 0;
let missed = 0;
const sections: Section[] = results.map(({ name, title, result, seconds }) => {
  const lines = [`## ${title}${ctx.options.smoke ? ' (smoke)' : ''}`, '', ...runLines, ''];
  if (result.error) {
    failed++;
    lines.push(`**Failed:** ${result.error.split('\n')[0]}`, '');
    if (result.error.includes('\n')) lines.push('```', result.error.split('\n').slice(1, 20).join('\n'), '```', '');
  }
  if (result.rows.length) lines.push(table(result.rows), '');
  missed += result.rows.filter((r) => meets(r) === false).length;
  for (const note of result.notes) lines.push(note.includes('\n') ? `\n${note}\n` : `- ${note}`);
  lines.push(`- (${seconds.toFixed(0)} s)`);
  return { key: name, smoke: ctx.options.smoke, markdown: lines.join('\n') };
});
const summary = `${results.length} part(s), ${failed} failed, ${missed} figure(s) off target`;
if (!values['no-write']) {
  const file = values.results ?? path.join(REPO, 'bench', 'RESULTS.md');
  const kept = writeSections(file, sections);
  console.log(`\nRewrote ${path.relative(process.cwd(), file)}: ${summary}.`);
  if (kept.length) console.log(`Kept the full run's section of ${kept.join(', ')}: a smoke run does not replace it.`);
} else {
  console.log(`\n${sections.map((s) => s.markdown).join('\n\n')}\n\n${summary}.`);
}
process.exitCode = failed ? 1 : 0;
