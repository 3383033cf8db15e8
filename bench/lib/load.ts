/** autocannon against 127.0.0.1, bounded by duration and by a request cap, in its own process. */
import fs from 'node:fs';
import path from 'node:path';
import { run } from './proc';
import { LOGS, REPO } from './project';

const AUTOCANNON = path.join(REPO, 'node_modules', 'autocannon', 'autocannon.js');

export interface LoadOptions {
  connections: number;
  durationS: number;
  /** Hard cap on requests, whichever comes first. */
  maxRequests: number;
  /** Requests per second across all connections (autocannon -R); default: as fast as possible. */
  rate?: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  meanLatency: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerReq: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export async function load(url: string, o: LoadOptions, label = 'load'): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load generator is loopback-only: ${url}`);
  const out = path.join(LOGS, 'autocannon', `${label.replace(/[^a-z0-9]+/gi, '-')}.json`);
  const args = [
    AUTOCANNON,
    '-c',
    String(o.connections),
    '-d',
    String(o.durationS),
    '-O',
    String(o.maxRequests),
    '-n',
    '-j',
  ];
  if (o.rate) args.push('-R', String(o.rate));
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}=${v}`);
  args.push(url);
  const result = await run(`autocannon ${label}`, process.execPath, args, {
    cwd: REPO,
    stdoutFile: out,
    logFile: path.join(LOGS, 'autocannon', 'stderr.log'),
    timeoutMs: (o.durationS + 30) * 1000,
  });
  if (result.code !== 0)
    throw new Error(`autocannon failed for ${url} (exit ${result.code}${result.timedOut ? ', timed out' : ''})`);
  const j = JSON.parse(fs.readFileSync(out, 'utf8')) as AutocannonJson;
  return {
    reqPerSec: j.requests.average,
    p50: j.latency.p50,
    p99: j.latency.p99,
    meanLatency: j.latency.average,
    requests: j.requests.total,
    non2xx: j.non2xx,
    errors: j.errors,
    timeouts: j.timeouts,
    bytesPerReq: j.requests.total ? j.throughput.total / j.requests.total : 0,
  };
}
