import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { findMdxSyntaxError } from '@/lib/mdx/mdxCompiler';
import { openStore, type Store } from '@/lib/store/openStore';
import { SCHEMA_VERSION } from '@/lib/store/schema';
import { contentPath, type SourceRecord, sha256 } from '@/lib/store/sourceFiles';
import type { ContentIndex } from '../buildIndex';
import { loadContent } from '../loadContent';
import { type ParsedFile, parseFile } from '../parseFile';
import type { ContentProblem } from '../problem';
import type { SourceFile } from '../sourceCache';
import { type CachedParse, cachedParsedFile, toCachedParse } from './parseCache';
import { readCommit, takeWriterLock, touchSources, writeInPlace, writeNewStore } from './storeFile';
import { storedPosts, storedStories, type WritePlan } from './writeContent';

export { StoreBusyError } from './storeFile';

export interface CompileOptions {
  contentDir: string;
  publicDir: string;
  storePath: string;
  /** Start over: parse every file and write a new store file, renamed over the old one when complete. */
  full?: boolean;
  /** Called after each story row is written (the interrupted-compile test pauses there). */
  afterStory?: (written: number) => void;
}

export interface CompileResult {
  ok: boolean;
  /** Every problem found (errors and warnings), sorted by file, line and column. */
  problems: ContentProblem[];
  /** `unchanged`: no file changed since the store's version, nothing was written. */
  mode: 'full' | 'incremental' | 'unchanged';
  filesRead: number;
  /** Files parsed: the changed ones, and any unchanged one a check needed to place a problem in. */
  parsed: number;
  /** Files added or changed, and files removed, since the store's last version. */
  changed: number;
  removed: number;
  /** Stories in the store after the compile; story and post rows written by it. */
  stories: number;
  rowsWritten: number;
  version: number;
  commit: string | null;
  ms: number;
  /** Milliseconds in each stage: reading and checking (the loader), the MDX compile check, writing. */
  stages: { load: number; mdx: number; write: number };
}

interface Previous {
  version: number;
  /** Null when the store cannot be built on (missing, corrupt, another schema): the compile is full. */
  sources: Map<string, SourceRecord & { parsed: string | null }> | null;
}

/**
 * `npm run content:compile`: CONTENT_DIR into the store, with the loader's rules and messages (lib/content/). All or
 * nothing: an error in a file readers would see leaves the store as it was; a broken draft is a warning and stays out.
 * Incremental by default (one transaction; unchanged files are answered from the parse cache in `sources`); a full
 * compile, and the first, writes a new file and renames it over the store.
 */
export async function compileStore(options: CompileOptions): Promise<CompileResult> {
  const release = takeWriterLock(options.storePath);
  try {
    return await compile(options);
  } finally {
    release();
  }
}

/** How long before a compile a file's time must be for the start check to trust it. */
const SETTLE_MS = 2_000;

async function compile(options: CompileOptions): Promise<CompileResult> {
  const started = performance.now();
  const startedAt = Date.now();
  const { contentDir, publicDir, storePath } = options;
  const previous = readPrevious(storePath);
  const full = Boolean(options.full) || previous.sources === null;
  const old = previous.sources ?? new Map();
  const keyOf = (file: string) => contentPath(contentDir, file);

  const sources = new Map<string, SourceRecord & { parsed: string | null }>();
  const frontmatter = new Map<string, unknown>();
  const fresh = new Map<string, ParsedFile>();
  let parsedUnchanged = 0;
  const parse = (file: SourceFile): ParsedFile => {
    const key = keyOf(file.file);
    const { size, mtimeMs } = fs.statSync(file.file);
    // A file written while this compile runs may have been read before the write: time 0 makes the start check
    // (storeState) hash it instead of trusting its time.
    const settled = mtimeMs < startedAt - SETTLE_MS;
    const record = { sha256: sha256(file.source), size, mtimeMs: settled ? mtimeMs : 0 };
    const before = full ? undefined : old.get(key);
    const reused = before?.sha256 === record.sha256 && before.parsed !== null;
    const parsed = reused
      ? cachedParsedFile(file, JSON.parse(before.parsed!) as CachedParse, () => parsedUnchanged++)
      : parseFile(file);
    if (!reused) fresh.set(key, parsed);
    sources.set(key, { ...record, parsed: reused ? before.parsed : null });
    frontmatter.set(key, parsed.parsed.data);
    return parsed;
  };
  const index = loadContent({ contentDir, publicDir, parse });
  const stages = { load: Math.round(performance.now() - started), mdx: 0, write: 0 };

  // Parse cache entries are taken after loading, when the checks have computed each body's markup.
  for (const [key, file] of fresh) {
    const entry = toCachedParse(file, key.startsWith('articles/') || key.startsWith('live/'));
    sources.get(key)!.parsed = entry && JSON.stringify(entry);
  }
  const changed = new Set([...sources].filter(([key, s]) => old.get(key)?.sha256 !== s.sha256).map(([key]) => key));
  if (full) for (const key of sources.keys()) changed.add(key);
  const removed = [...old.keys()].filter((key) => !sources.has(key)).length;

  const mdxStarted = performance.now();
  const problems = [...index.problems, ...(await mdxProblems(index, changed, keyOf))].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  stages.mdx = Math.round(performance.now() - mdxStarted);
  const result = (fields: Partial<CompileResult>): CompileResult => ({
    ok: true,
    problems,
    mode: full ? 'full' : 'incremental',
    filesRead: sources.size,
    parsed: fresh.size + parsedUnchanged,
    changed: changed.size,
    removed,
    stories: 0,
    rowsWritten: 0,
    version: previous.version,
    commit: null,
    ms: Math.round(performance.now() - started),
    stages,
    ...fields,
  });
  if (problems.some((p) => p.severity === 'error')) return result({ ok: false });

  const commit = gitCommit(contentDir);
  const unchanged = !full && changed.size === 0 && removed === 0;
  const version = unchanged ? previous.version : previous.version + 1;
  const plan: WritePlan = {
    index: { ...index, problems },
    changed,
    sources,
    keyOf,
    frontmatterOf: (key) => frontmatter.get(key),
    meta: { version, commit, compiledAt: new Date().toISOString() },
    afterStory: options.afterStory,
  };
  if (unchanged) {
    touchSources(storePath, sources, old);
    return result({ mode: 'unchanged', stories: storedStories(index).length, commit: readCommit(storePath) });
  }
  const writeStarted = performance.now();
  const written = full ? writeNewStore(storePath, plan) : writeInPlace(storePath, plan);
  stages.write = Math.round(performance.now() - writeStarted);
  const rowsWritten = written.storiesWritten + written.postsWritten;
  return result({
    stories: written.stories,
    rowsWritten,
    version,
    commit,
    ms: Math.round(performance.now() - started),
  });
}

/** The previous store's version and sources, when it is one this compiler can build on. */
function readPrevious(storePath: string): Previous {
  if (!fs.existsSync(storePath)) return { version: 0, sources: null };
  let store: Store | undefined;
  try {
    store = openStore(storePath, { readonly: true });
    const meta = store.get('SELECT version, schema_version FROM meta WHERE id = 1');
    const version = Number(meta?.version ?? 0);
    if (meta?.schema_version !== SCHEMA_VERSION) return { version, sources: null };
    const rows = store.all('SELECT file, sha256, size, mtime_ms, parsed FROM sources');
    const sources = new Map(
      rows.map((r) => [
        String(r.file),
        {
          sha256: String(r.sha256),
          size: Number(r.size),
          mtimeMs: Number(r.mtime_ms),
          parsed: r.parsed === null ? null : String(r.parsed),
        },
      ]),
    );
    return { version, sources };
  } catch {
    return { version: 0, sources: null };
  } finally {
    store?.close();
  }
}

/**
 * The checks only the MDX compiler makes (as `npm run content:check` does), on the rows this compile writes: a
 * story the loader found a syntax error in is already reported.
 */
async function mdxProblems(
  index: ContentIndex,
  changed: ReadonlySet<string>,
  keyOf: (file: string) => string,
): Promise<ContentProblem[]> {
  const reported = new Set(index.problems.filter((p) => p.message.startsWith('MDX: ')).map((p) => p.file));
  const stories = storedStories(index);
  const items = [...stories, ...storedPosts(index, new Set(stories.map((a) => a.slug))), ...index.pages].filter(
    (item) => changed.has(keyOf(item.file)) && !reported.has(item.file),
  );
  const problems: ContentProblem[] = [];
  for (let i = 0; i < items.length; i += 64) {
    const errors = await Promise.all(items.slice(i, i + 64).map((item) => findMdxSyntaxError(item)));
    for (const error of errors)
      if (error) {
        const { file, line, column, reason } = error;
        problems.push({ file, line, column, severity: 'error', message: `MDX: ${reason}` });
      }
  }
  return problems;
}

/** The commit of CONTENT_DIR's checkout, or null when it is not in one (or git is missing). */
export function gitCommit(dir: string): string | null {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')),
  ) as NodeJS.ProcessEnv;
  try {
    const head = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], {
      encoding: 'utf8',
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return head.trim() || null;
  } catch {
    return null;
  }
}
