/**
 * Child processes for the benchmarks: every process is started in its own process group,
 * remembered, bounded by a timeout, and ended by its own id (the group of the pid we started).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface Started {
  pid: number;
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  logFile?: string;
}

const running = new Set<Started>();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface StartOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** stdout and stderr go here (appended); default: discarded. */
  logFile?: string;
}

export function start(name: string, command: string, args: string[], options: StartOptions): Started {
  let out: number | 'ignore' = 'ignore';
  if (options.logFile) {
    fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
    out = fs.openSync(options.logFile, 'a');
  }
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', out, out],
    detached: true, // own process group, so the whole tree can be stopped by this pid
  });
  if (typeof out === 'number') fs.closeSync(out);
  if (!child.pid) throw new Error(`could not start ${name}: ${command} ${args.join(' ')}`);
  const started: Started = {
    pid: child.pid,
    name,
    child,
    logFile: options.logFile,
    exited: new Promise((resolve) => {
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
      child.on('error', () => resolve(127));
    }),
  };
  running.add(started);
  void started.exited.then(() => running.delete(started));
  return started;
}

/** SIGTERM to the process group we started, SIGKILL after a grace period. */
export async function stop(p: Started, graceMs = 5000): Promise<void> {
  if (!running.has(p)) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-p.pid, signal);
    } catch {
      /* already gone */
    }
  };
  signalGroup('SIGTERM');
  const done = await Promise.race([p.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    signalGroup('SIGKILL');
    await Promise.race([p.exited, sleep(2000)]);
  }
  // The leader may exit before its children: make sure the group is gone too.
  signalGroup('SIGKILL');
  running.delete(p);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => stop(p)));
}

let cleanupInstalled = false;
/** Stops every started process when the bench exits or is interrupted. */
export function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const killSync = () => {
    for (const p of running) {
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  process.on('exit', killSync);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      killSync();
      process.exit(130);
    });
  }
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  timedOut: boolean;
  memory?: TreeMemory;
}

/** Runs a command to completion with a hard timeout, optionally sampling the memory of its whole process tree. */
export async function run(name: string, command: string, args: string[], options: StartOptions & { timeoutMs: number; sampleMemory?: boolean }): Promise<RunResult> {
  const t0 = performance.now();
  const p = start(name, command, args, options);
  const sampler = options.sampleMemory ? sampleTreeMemory(p.pid) : undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stop(p);
  }, options.timeoutMs);
  const code = await p.exited;
  clearTimeout(timer);
  const wallMs = performance.now() - t0;
  const memory = sampler?.stop();
  await stop(p); // stray children of the group, if any
  return { code, wallMs, timedOut, memory };
}

// ---------------------------------------------------------------------------------------------
// Memory of a process tree, from /proc.

export interface ProcessMemory {
  pid: number;
  command: string;
  rssBytes: number;
}

export interface TreeMemory {
  /** Highest sum of RSS over the tree seen in one sample. */
  peakRssBytes: number;
  /** Highest sum of PSS (shared pages divided among sharers) in one sample. */
  peakPssBytes: number;
  /** The processes of the peak-RSS sample, biggest first. */
  atPeak: ProcessMemory[];
  samples: number;
  intervalMs: number;
}

function readProcTable(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may contain spaces and parentheses
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      /* exited while reading */
    }
  }
  return children;
}

export function descendants(rootPid: number): number[] {
  const children = readProcTable();
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function memoryOf(pid: number): { rss: number; pss: number; command: string } | undefined {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { rss: kb('Rss'), pss: kb('Pss'), command: describeCommand(cmdline) };
  } catch {
    return undefined;
  }
}

function describeCommand(argv: string[]): string {
  return argv.map((a) => (a.startsWith('/') ? path.basename(a) : a)).join(' ').slice(0, 90);
}

/** Samples the tree every `intervalMs` (default 250 ms) until stop() is called. */
export function sampleTreeMemory(rootPid: number, intervalMs = 250): { stop: () => TreeMemory } {
  const result: TreeMemory = { peakRssBytes: 0, peakPssBytes: 0, atPeak: [], samples: 0, intervalMs };
  const sample = () => {
    const procs: ProcessMemory[] = [];
    let rss = 0, pss = 0;
    for (const pid of descendants(rootPid)) {
      const m = memoryOf(pid);
      if (!m) continue;
      rss += m.rss;
      pss += m.pss;
      procs.push({ pid, command: m.command, rssBytes: m.rss });
    }
    result.samples++;
    if (rss > result.peakRssBytes) {
      result.peakRssBytes = rss;
      result.atPeak = procs.sort((a, b) => b.rssBytes - a.rssBytes);
    }
    result.peakPssBytes = Math.max(result.peakPssBytes, pss);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return result;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Network helpers (loopback only).

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () => reject(new Error(`port ${port} on 127.0.0.1 is in use; set BENCH_PORT_BASE to another base port`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

export async function waitForHttp(url: string, timeoutMs: number, p?: Started): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void p?.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${p!.name} exited before answering ${url}${p!.logFile ? ` (log: ${p!.logFile})` : ''}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' });
      await res.arrayBuffer();
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
