/**
 * Child processes for the benchmarks: every process is started in its own process group,
 * remembered, bounded by a timeout, and ended by its own id (the group of the pid we started).
 */
import { type ChildProcess, spawn } from 'node:child_process';
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
  env?: Record<string, string | undefined>;
  /** stdout and stderr go here (appended); default: discarded. */
  logFile?: string;
  /** stdout alone goes here instead (truncated first), e.g. for JSON output. */
  stdoutFile?: string;
}

export function start(name: string, command: string, args: string[], options: StartOptions): Started {
  const open = (file: string, flags: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return fs.openSync(file, flags);
  };
  const err: number | 'ignore' = options.logFile ? open(options.logFile, 'a') : 'ignore';
  const out: number | 'ignore' = options.stdoutFile ? open(options.stdoutFile, 'w') : err;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env } as NodeJS.ProcessEnv,
    stdio: ['ignore', out, err],
    detached: true, // own process group, so the whole tree can be stopped by this pid
  });
  if (typeof err === 'number') fs.closeSync(err);
  if (typeof out === 'number' && out !== err) fs.closeSync(out);
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

/** Processes still in the process group led by `pgid` (a group we created with detached: true). */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return members;
}

/** SIGTERM to the process group we started, SIGKILL after a grace period; the group only, by its id. */
export async function stop(p: Started, graceMs = 5000): Promise<void> {
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-p.pid, signal);
    } catch {
      /* already gone */
    }
  };
  if (running.has(p) || groupMembers(p.pid).length) {
    signalGroup('SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && (running.has(p) || groupMembers(p.pid).length)) await sleep(100);
    // Only while the group still exists is its id certainly ours.
    if (groupMembers(p.pid).length) signalGroup('SIGKILL');
    await Promise.race([p.exited, sleep(2000)]);
  }
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
export async function run(
  name: string,
  command: string,
  args: string[],
  options: StartOptions & { timeoutMs: number; sampleMemory?: boolean },
): Promise<RunResult> {
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
  /**
   * Highest sum of PSS (shared pages divided among sharers) in one sample; read every 8th sample (2 s), so a lower
   * bound.
   */
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

const PAGE = 4096;
/** RSS from statm (cheap, every sample); PSS from smaps_rollup (walks page tables: only when asked). */
function memoryOf(pid: number, withPss: boolean): { rss: number; pss: number; command: string } | undefined {
  try {
    const rss = Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    let pss = 0;
    if (withPss) {
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      pss = Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
    }
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { rss, pss, command: describeCommand(cmdline) };
  } catch {
    return undefined;
  }
}

function describeCommand(argv: string[]): string {
  return argv
    .map((a) => (a.startsWith('/') ? path.basename(a) : a))
    .join(' ')
    .slice(0, 90);
}

/** Samples the tree every `intervalMs` (default 250 ms) until stop() is called. */
export function sampleTreeMemory(rootPid: number, intervalMs = 250): { stop: () => TreeMemory } {
  const result: TreeMemory = { peakRssBytes: 0, peakPssBytes: 0, atPeak: [], samples: 0, intervalMs };
  let n = 0;
  const sample = (withPss = n++ % 8 === 0) => {
    const procs: ProcessMemory[] = [];
    let rss = 0,
      pss = 0;
    for (const pid of descendants(rootPid)) {
      const m = memoryOf(pid, withPss);
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
  sample(true);
  const timer = setInterval(() => sample(), intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample(true);
      return result;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Network helpers (loopback only).

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(new Error(`port ${port} on 127.0.0.1 is in use; set BENCH_PORT_BASE to another base port`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

export async function waitForHttp(url: string, timeoutMs: number, p?: Started): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void p?.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(`${p!.name} exited before answering ${url}${p!.logFile ? ` (log: ${p!.logFile})` : ''}`);
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
