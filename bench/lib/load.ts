/**
 * wrk (a C load generator, Debian package `wrk`) against 127.0.0.1, bounded by duration, in its own
 * process. A Node load generator (autocannon) tops out near 3,000 req/s on a 70 KB page on these
 * 2-core machines, so against nginx it measured itself; wrk reaches ~40,000 req/s on the same file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run } from './proc';
import { LOGS, REPO } from './project';

export interface LoadOptions {
  connections: number;
  durationS: number;
  /** wrk threads; 2 = this machine's cores. */
  threads?: number;
  headers?: Record<string, string>;
  /** Paths requested in rotation instead of the URL's own path (each connection takes the next one). */
  rotate?: string[];
  /** Count responses by status code (slower: wrk then hands every response to Lua). */
  countStatuses?: boolean;
}

export interface LoadResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  meanLatency: number;
  requests: number;
  /** Responses with a status of 400 or more (wrk's "Non-2xx or 3xx responses"). */
  non2xx: number;
  /** Connect, read and write errors. */
  errors: number;
  timeouts: number;
  bytesPerReq: number;
  /** Responses by status code, when asked for. */
  statuses?: Record<string, number>;
}

/** wrk, installed with apt-get like nginx when the bench runs as root. */
export function wrkBinary(): string {
  for (const candidate of ['/usr/bin/wrk', '/usr/local/bin/wrk']) if (fs.existsSync(candidate)) return candidate;
  if (process.getuid?.() === 0) {
    console.log('  wrk is missing: apt-get install wrk …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'wrk'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return '/usr/bin/wrk';
  }
  throw new Error('wrk is not installed: run `sudo apt-get install wrk`');
}

const MARK = 'WRK_JSON ';

/** The Lua script wrk runs: optional path rotation and status counting, and a JSON summary at the end. */
function luaScript(o: LoadOptions): string {
  const lua = ['local threads = {}', 'function setup(thread) table.insert(threads, thread) end'];
  if (o.rotate?.length) {
    lua.push(
      `local paths = {${o.rotate.map((p) => JSON.stringify(p)).join(', ')}}`,
      'local i = 0',
      'function request() i = i + 1 return wrk.format(nil, paths[(i % #paths) + 1]) end',
    );
  }
  if (o.countStatuses) {
    lua.push('statuses = {}', 'function response(status) statuses[status] = (statuses[status] or 0) + 1 end');
  }
  lua.push(
    'function done(summary, latency, requests)',
    '  local merged = {}',
    '  for _, thread in ipairs(threads) do',
    '    local counted = thread:get("statuses") or {}',
    '    for code, n in pairs(counted) do merged[code] = (merged[code] or 0) + n end',
    '  end',
    '  local parts = {}',
    '  for code, n in pairs(merged) do table.insert(parts, string.format(\'"%d":%d\', code, n)) end',
    '  local e = summary.errors',
    `  io.write(string.format('${MARK}{"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p99Us":%d,' ..`,
    '    \'"meanUs":%f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"statuses":{%s}}\\n\',',
    '    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),',
    '    latency.mean, e.connect, e.read, e.write, e.status, e.timeout, table.concat(parts, ",")))',
    'end',
  );
  return `${lua.join('\n')}\n`;
}

interface WrkJson {
  requests: number;
  durationUs: number;
  bytes: number;
  p50Us: number;
  p99Us: number;
  meanUs: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  statuses: Record<string, number>;
}

const ms = (us: number) => Math.round(us / 100) / 10;

export async function load(url: string, o: LoadOptions, label = 'load'): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load generator is loopback-only: ${url}`);
  const name = label.replace(/[^a-z0-9]+/gi, '-');
  const dir = path.join(LOGS, 'wrk');
  fs.mkdirSync(dir, { recursive: true });
  const script = path.join(dir, `${name}.lua`);
  fs.writeFileSync(script, luaScript(o));
  const out = path.join(dir, `${name}.txt`);
  const args = ['-t', String(o.threads ?? 2), '-c', String(o.connections), '-d', `${o.durationS}s`];
  args.push('--timeout', '10s', '-s', script);
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}: ${v}`);
  args.push(url);
  const result = await run(`wrk ${label}`, wrkBinary(), args, {
    cwd: REPO,
    stdoutFile: out,
    logFile: path.join(dir, 'stderr.log'),
    timeoutMs: (o.durationS + 30) * 1000,
  });
  const line = fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(MARK));
  if (result.code !== 0 || !line)
    throw new Error(`wrk failed for ${url} (exit ${result.code}${result.timedOut ? ', timed out' : ''}); see ${out}`);
  const j = JSON.parse(line.slice(MARK.length)) as WrkJson;
  return {
    reqPerSec: j.requests / (j.durationUs / 1e6),
    p50: ms(j.p50Us),
    p99: ms(j.p99Us),
    meanLatency: ms(j.meanUs),
    requests: j.requests,
    non2xx: j.status,
    errors: j.connect + j.read + j.write,
    timeouts: j.timeout,
    bytesPerReq: j.requests ? j.bytes / j.requests : 0,
    ...(o.countStatuses ? { statuses: j.statuses } : {}),
  };
}
