/**
 * Publish-to-live latency: edit a story on disk, send the signed POST /api/revalidate, and time
 * until the story's page serves the edit. p50 over several publishes, in its section of bench/RESULTS.md.
 *
 *   npm run bench:publish [-- --runs 10]   (needs a production build: npm run build)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articlePath } from '@/lib/content/types';
import { viewsAt } from '@/lib/content/views';
import { publishRequest } from '@/lib/publishing/signature';
import { utcStamp, writeSections } from './lib/report';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, port: { type: 'string', default: '3457' } },
});
const runs = Number(values.runs);
const base = `http://127.0.0.1:${values.port}`;
const secret = 'bench-publish-secret-0123456789abcdefghij';
const content = path.resolve('bench/tmp/publish-content');
fs.rmSync(content, { recursive: true, force: true });
fs.cpSync('content', content, { recursive: true });
const story = viewsAt({ contentDir: content, publicDir: path.resolve('public') }).readers().articles[0]!;
const file = path.join(content, 'articles', `${story.slug}.mdx`);

const server = spawn('node', ['scripts/server.mjs', '-p', values.port!, '-H', '127.0.0.1'], {
  stdio: 'ignore',
  env: { ...process.env, CONTENT_DIR: content, REVALIDATE_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' },
});
process.on('exit', () => server.pid && process.kill(server.pid, 'SIGTERM'));
for (let i = 0; ; i++) {
  if (i > 120) throw new Error('server did not start');
  if (
    await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 500));
}
await fetch(`${base}${articlePath(story)}`);

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const marker = `Publish latency marker ${run}-${Date.now()}.`;
  fs.appendFileSync(file, `\n${marker}\n`);
  const started = performance.now();
  const response = await fetch(`${base}/api/revalidate`, publishRequest(secret));
  if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
  for (let poll = 0; poll < 200; poll++) {
    if ((await (await fetch(`${base}${articlePath(story)}`)).text()).includes(marker)) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const pct = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!);
const section = [
  `## Publish to live`,
  `\n- Run: \`npm run bench:publish\` at ${utcStamp()} UTC`,
  `- Machine: ${os.cpus().length} cores, Node ${process.version}. One server (\`node scripts/server.mjs\`, demo ` +
    `content), ${runs} publishes of an edit to one story: time from sending the signed POST /api/revalidate to the ` +
    `first response of the story's page that contains the edit (polled every 25 ms).`,
  '\n| figure | measured |\n| --- | --- |',
  `| publish-to-live p50 | ${pct(50)} ms |`,
  `| publish-to-live p95 | ${pct(95)} ms |`,
  `| slowest | ${Math.round(times.at(-1) ?? NaN)} ms |`,
].join('\n');
writeSections(path.join('bench', 'RESULTS.md'), [{ key: 'publish', smoke: false, markdown: section }]);
console.log(section);
process.exit(0);
