/**
 * Load and soak: the production server for 60 s at 64 connections over a mix of articles,
 * sections, search, feeds and 404s. Fails (exit 1) on any 5xx, any socket error, or resident
 * memory at the end more than 10% above its level after warm-up. Load from wrk (bench/lib/load.ts),
 * loopback only, bounded in time; the server is stopped by its process id. The warm-up (60 s) lets V8
 * grow its heap to its working size under this load first: memory is compared after it.
 *
 *   npm run bench:soak [-- --duration 60 --connections 64]   (needs a production build: npm run build)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articlePath } from '@/lib/content/types';
import { readerViewNow } from '@/lib/content/views';
import { load } from './lib/load';
import { utcStamp, writeSections } from './lib/report';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    warmup: { type: 'string', default: '60' },
    port: { type: 'string', default: '3456' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port);

function treeRssKb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

const view = readerViewNow();
const paths = [
  ...view.articles.slice(0, 20).map(articlePath),
  ...view.sections.map((s) => `/${s.slug}`),
  '/',
  '/search?q=harbour',
  '/search?q=tram+fares&section=politics',
  '/search?q=festival',
  '/feeds/rss.xml',
  `/feeds/sections/${view.sections[0]!.slug}/atom.xml`,
  '/sitemap.xml',
  '/city/no-such-story',
  '/no-such-section',
  '/topics/not-a-topic',
];

const server = spawn('node', ['scripts/server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
  stdio: 'ignore',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
const stop = () => server.pid && process.kill(server.pid, 'SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

/** wrk over the URL mix, each connection taking the next path, every response counted by status. */
const run = (seconds: number, label: string) =>
  load(
    `http://127.0.0.1:${port}/`,
    { threads: 2, connections, durationS: seconds, rotate: paths, countStatuses: true },
    `soak ${label}`,
  );

await waitForServer();
await run(Number(values.warmup), 'warm-up');
const rssAfterWarmup = treeRssKb(server.pid!);
const result = await run(duration, 'measured');
await new Promise((r) => setTimeout(r, 2_000));
const rssAtEnd = treeRssKb(server.pid!);
stop();

const codes = result.statuses ?? {};
const fiveXx = Object.entries(codes)
  .filter(([code]) => code.startsWith('5'))
  .reduce((n, [, count]) => n + count, 0);
const growth = rssAtEnd / rssAfterWarmup - 1;
const rows = [
  ['duration / connections', `${duration} s / ${connections}`],
  [
    'requests (total, per second)',
    `${result.requests.toLocaleString('en-GB')} ` + `(${Math.round(result.reqPerSec).toLocaleString('en-GB')}/s)`,
  ],
  [
    'status codes',
    Object.entries(codes)
      .map(([c, count]) => `${c}: ${count}`)
      .join(', '),
  ],
  ['5xx responses', String(fiveXx)],
  ['socket errors / timeouts', `${result.errors} / ${result.timeouts}`],
  ['latency p50 / p99', `${result.p50} ms / ${result.p99} ms`],
  [
    'RSS after warm-up / at end',
    `${Math.round(rssAfterWarmup / 1024)} MB / ${Math.round(rssAtEnd / 1024)} MB (${(growth * 100).toFixed(1)}%)`,
  ],
];
const ok = fiveXx === 0 && result.errors === 0 && result.timeouts === 0 && growth <= 0.1;
const section = [
  '## Load and soak',
  `\n- Run: \`npm run bench:soak\` at ${utcStamp()} UTC`,
  `- Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. ` +
    `Server: \`node scripts/server.mjs\` (production build), ${paths.length} URLs in rotation (articles, sections, ` +
    `front, search, feeds, sitemap, 404s), after a ${values.warmup} s warm-up.`,
  '\n| figure | measured |\n| --- | --- |',
  ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  `\nVerdict: ${ok ? 'pass' : '**fail**'} (zero 5xx, zero socket errors and timeouts, RSS growth ≤ 10%).`,
].join('\n');
writeSections(path.join('bench', 'RESULTS.md'), [{ key: 'soak', smoke: false, markdown: section }]);
console.log(section);
process.exit(ok ? 0 : 1);
