/**
 * Builds and servers always run in a copy of the project under bench/tmp/<name>/ (node_modules
 * symlinked), never in the repository itself: /work/main/.next belongs to `npm test`.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { run, type Started, start, stop, type TreeMemory, waitForHttp } from './proc';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const TMP = path.join(REPO, 'bench', 'tmp');
export const LOGS = path.join(TMP, 'logs');
export const NEXT_BIN = path.join(REPO, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Top-level entries never copied: build output, dependencies, VCS, test output, the bench itself. */
const EXCLUDE = new Set([
  'node_modules',
  '.next',
  '.git',
  'bench',
  'test-results',
  'playwright-report',
  '.tmp',
  'tsconfig.tsbuildinfo',
  'next-env.d.ts',
  '.bench-stamp.json',
]);

export type Source = 'worktree' | 'head';

export interface GitInfo {
  commit: string;
  dirty: boolean;
}

export function gitInfo(): GitInfo {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty =
      execFileSync(
        'git',
        [
          'status',
          '--porcelain',
          '--untracked-files=normal',
          '--',
          'app',
          'components',
          'lib',
          'next.config.js',
          'package.json',
        ],
        { cwd: REPO, encoding: 'utf8' },
      ).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: true };
  }
}

/**
 * Copies the project (working tree or the committed HEAD) into bench/tmp/<name>, keeping a previous .next for reuse.
 */
export function prepareProject(name: string, source: Source): string {
  const dir = path.join(TMP, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(dir)) {
    if (entry === '.next' || entry === '.bench-stamp.json' || entry === 'node_modules') continue;
    fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  if (source === 'head') {
    // Read-only: git archive writes the committed tree to stdout.
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: REPO, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    for (const entry of EXCLUDE)
      if (entry !== '.next' && entry !== '.bench-stamp.json')
        fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  } else {
    for (const entry of fs.readdirSync(REPO)) {
      if (EXCLUDE.has(entry)) continue;
      fs.cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true, verbatimSymlinks: true });
    }
  }
  const link = path.join(dir, 'node_modules');
  if (!fs.existsSync(link)) fs.symlinkSync(path.join(REPO, 'node_modules'), link, 'dir');
  return dir;
}

function hashTree(root: string, skip: (rel: string) => boolean): string {
  const hash = crypto.createHash('sha256');
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    for (const entry of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.join(rel, entry.name);
      if (skip(child)) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile())
        hash
          .update(child)
          .update('\0')
          .update(fs.readFileSync(path.join(root, child)))
          .update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}

export function contentHash(contentDir: string): string {
  return hashTree(contentDir, () => false);
}

interface Stamp {
  source: string;
  content: string;
  contentDir: string;
  /** KEEP_FRAMEWORK_RUNTIME decides whether the build's pages are stripped. */
  keepFrameworkRuntime: boolean;
}

export interface BuildResult {
  dir: string;
  reused: boolean;
  ok: boolean;
  wallMs: number;
  memory?: TreeMemory;
  logFile: string;
  /** Prerendered routes in .next/prerender-manifest.json. */
  pages: number;
  /** Of which story pages (/[section]/[slug]). */
  articlePages: number;
  phases: { compileS?: number; typescriptS?: number; staticS?: number; staticWorkers?: number };
  distBytes?: number;
}

/**
 * `next build` in a project copy with CONTENT_DIR set. A build is reused when the copied source
 * and the content are byte-identical to the last one, unless `force` (the build benchmark always forces).
 */
export async function buildProject(
  dir: string,
  contentDir: string,
  options: { force?: boolean; timeoutMs?: number; env?: Record<string, string | undefined> } = {},
): Promise<BuildResult> {
  const name = path.basename(dir);
  const logFile = path.join(LOGS, `build-${name}.log`);
  const stampFile = path.join(dir, '.bench-stamp.json');
  const stamp: Stamp = {
    // public/islands is build output (scripts/build-islands.mjs), rebuilt from components/ below.
    source: hashTree(dir, (rel) =>
      ['.next', 'node_modules', '.bench-stamp.json', path.join('public', 'islands')].includes(rel),
    ),
    content: contentHash(contentDir),
    contentDir: path.resolve(contentDir),
    keepFrameworkRuntime: process.env.KEEP_FRAMEWORK_RUNTIME === '1',
  };
  const previous = fs.existsSync(stampFile) ? (JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Stamp) : undefined;
  if (
    !options.force &&
    previous &&
    JSON.stringify(previous) === JSON.stringify(stamp) &&
    fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))
  ) {
    return {
      dir,
      reused: true,
      ok: true,
      wallMs: 0,
      logFile,
      ...countPages(dir),
      phases: parsePhases(readText(logFile)),
    };
  }
  fs.rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  fs.rmSync(stampFile, { force: true });
  fs.mkdirSync(LOGS, { recursive: true });
  fs.writeFileSync(logFile, `# next build in ${dir}\n# CONTENT_DIR=${contentDir}\n`);
  // What `npm run build` runs first (its prebuild): the islands' modules in public/islands/.
  await run(`build islands (${name})`, process.execPath, ['scripts/build-islands.mjs'], {
    cwd: dir,
    logFile,
    timeoutMs: 60_000,
  });
  const result = await run(`next build (${name})`, process.execPath, [NEXT_BIN, 'build'], {
    cwd: dir,
    env: { CONTENT_DIR: path.resolve(contentDir), ...options.env },
    logFile,
    timeoutMs: options.timeoutMs ?? 45 * 60_000,
    sampleMemory: true,
  });
  let ok = result.code === 0 && !result.timedOut && fs.existsSync(path.join(dir, '.next', 'BUILD_ID'));
  // What `npm run build` runs after (its postbuild): the prerendered pages without the framework runtime.
  if (ok) {
    const strip = await run(`strip runtime (${name})`, process.execPath, ['scripts/strip-framework-runtime.mjs'], {
      cwd: dir,
      env: options.env,
      logFile,
      timeoutMs: 10 * 60_000,
    });
    ok = strip.code === 0;
  }
  if (ok) fs.writeFileSync(stampFile, JSON.stringify(stamp, null, 2));
  return {
    dir,
    reused: false,
    ok,
    wallMs: result.wallMs,
    memory: result.memory,
    logFile,
    ...(ok ? countPages(dir) : { pages: 0, articlePages: 0 }),
    phases: parsePhases(readText(logFile)),
    distBytes: ok ? duBytes(path.join(dir, '.next')) : undefined,
  };
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function tailOf(file: string, lines = 25): string {
  return readText(file).split('\n').slice(-lines).join('\n');
}

function countPages(dir: string): { pages: number; articlePages: number } {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'prerender-manifest.json'), 'utf8')) as {
      routes: Record<string, { srcRoute?: string | null }>;
    };
    const routes = Object.values(manifest.routes);
    return { pages: routes.length, articlePages: routes.filter((r) => r.srcRoute === '/[section]/[slug]').length };
  } catch {
    return { pages: 0, articlePages: 0 };
  }
}

function seconds(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'ms' ? n / 1000 : unit === 'min' ? n * 60 : n;
}

export function parsePhases(log: string): BuildResult['phases'] {
  const phases: BuildResult['phases'] = {};
  const compiled = /Compiled successfully in ([\d.]+)(ms|s|min)/.exec(log);
  if (compiled) phases.compileS = seconds(compiled[1]!, compiled[2]!);
  const ts = /Finished TypeScript in ([\d.]+)(ms|s|min)/.exec(log);
  if (ts) phases.typescriptS = seconds(ts[1]!, ts[2]!);
  const stat = /Generating static pages using (\d+) workers? \(\d+\/\d+\) in ([\d.]+)(ms|s|min)/.exec(log);
  if (stat) {
    phases.staticWorkers = Number(stat[1]);
    phases.staticS = seconds(stat[2]!, stat[3]!);
  }
  return phases;
}

export function duBytes(dir: string): number {
  let total = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) total += fs.statSync(p).size;
    }
  };
  walk(dir);
  return total;
}

export interface NextServer {
  url: string;
  port: number;
  process: Started;
  dir: string;
  stop: () => Promise<void>;
}

export async function startNext(
  dir: string,
  contentDir: string,
  port: number,
  env: Record<string, string | undefined> = {},
): Promise<NextServer> {
  return startServer('next start', [NEXT_BIN, 'start'], dir, contentDir, port, env);
}

/** `npm start`: the project's own server (scripts/server.mjs), what readers get. */
export async function startNpmStart(
  dir: string,
  contentDir: string,
  port: number,
  env: Record<string, string | undefined> = {},
): Promise<NextServer> {
  return startServer('npm start', [path.join(dir, 'scripts', 'server.mjs')], dir, contentDir, port, env);
}

async function startServer(
  label: string,
  command: string[],
  dir: string,
  contentDir: string,
  port: number,
  env: Record<string, string | undefined>,
): Promise<NextServer> {
  const name = path.basename(dir);
  const logFile = path.join(LOGS, `${label.replace(' ', '-')}-${name}-${port}.log`);
  const p = start(`${label} (${name})`, process.execPath, [...command, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { CONTENT_DIR: path.resolve(contentDir), ...env },
    logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, 60_000, p);
  return { url, port, process: p, dir, stop: () => stop(p) };
}
