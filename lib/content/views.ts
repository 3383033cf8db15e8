import { cache } from 'react';
import { site } from '@/lib/config/site';
import { findMdxSyntaxError } from '@/lib/mdx/mdxCompiler';
import type { ContentIndex } from './buildIndex';
import { contentLoadTag, countContentLoad, currentContentLoad } from './contentLoad';
import { type ContentView, createContentView } from './contentView';
import { type LoadOptions, loadContent } from './loadContent';
import { ContentError, type ContentProblem, formatProblem } from './problem';
import { SourceCache } from './sourceCache';
import { previewAudience, readerAudience } from './visibility';

/**
 * The one way into the content. Pages ask for the view of this request; feeds, sitemaps and cards
 * for the reader view; build-time code and scripts for a view now. Nothing else loads content.
 */

type ContentDirs = Pick<LoadOptions, 'contentDir' | 'publicDir'>;

/**
 * One index per process, shared by every route: Next.js bundles pages, route handlers and
 * instrumentation.ts separately, each with its own copy of this module, so module state would not be
 * shared — a publish through /api/revalidate must be seen by all of them.
 */
const store = globalThis as typeof globalThis & {
  __mastheadContentIndex?: ContentIndex;
  __mastheadSources?: SourceCache;
};

/** The site's content; files this process has read are reused, so reloads (publishes, previews) parse only edits. */
function loadSiteContent(): ContentIndex {
  const sourceCache = (store.__mastheadSources ??= new SourceCache());
  return loadContent({ contentDir: site.contentDir, publicDir: site.publicDir, sourceCache });
}

/**
 * The validated content, loaded once per process. At build, a content error in a published file
 * throws, failing the build with every problem listed. A running server never goes down for one
 * bad file: it logs the problem and serves everything that is valid.
 */
function getContentIndex(): ContentIndex {
  if (store.__mastheadContentIndex) return store.__mastheadContentIndex;
  const index = loadSiteContent();
  const hasErrors = index.problems.some((p) => p.severity === 'error');
  if (hasErrors && process.env.NEXT_PHASE === 'phase-production-build') throw new ContentError(index.problems);
  for (const problem of index.problems) {
    (problem.severity === 'error' ? console.error : console.warn)(
      `[content] ${formatProblem(problem)}${problem.severity === 'error' ? ' (left out until fixed)' : ''}`,
    );
  }
  store.__mastheadContentIndex = index;
  return index;
}

/**
 * Segment `revalidate` must be a literal, so the publishing interval is set here instead: a page that reads this cached
 * value regenerates at most `publishIntervalSeconds` after it was rendered, which is what lets a scheduled story appear
 * without a rebuild. Next's modules are imported on first use so scripts and the browser tests' loader (plain Node ESM,
 * where `next/cache` does not resolve) can import this module for the functions that need no request.
 */
async function awaitPublishingTick(contentLoad: number): Promise<void> {
  const { unstable_cache } = await import('next/cache');
  // The tags are this render's: the tick is one cache entry, and the load read is recorded with the page.
  await unstable_cache(async () => Date.now(), ['masthead-publishing-tick'], {
    revalidate: site.publishIntervalSeconds,
    tags: ['schedule', contentLoadTag(contentLoad)],
  })();
}

/** What readers and crawlers see now, from the index loaded once per process: build-time code and scripts. */
export function readerViewNow(now = new Date()): ContentView {
  return createContentView(getContentIndex(), readerAudience(now));
}

/** What readers see, for routes that never preview (feeds, sitemaps, cards); regenerates like pages. */
export async function getReaderView(): Promise<ContentView> {
  const load = currentContentLoad();
  const view = readerViewNow();
  await awaitPublishingTick(load);
  return view;
}

/**
 * Everything, drafts and problems included (or, for one story's link, that story beside what is public), re-read from
 * disk so an edit shows at once: only files changed since the last read are parsed again, and when none changed the
 * last index is reused. Its search and related lists come from the reader view's indexes (ContentView.publicView).
 */
export function previewViewNow(story?: string): ContentView {
  return createContentView(loadSiteContent(), previewAudience(new Date(), story), readerViewNow);
}

/**
 * A content folder other than the site's, loaded once (scripts, benchmarks, tests): everything, or what readers see.
 */
export function viewsAt(dirs: ContentDirs): { everything: ContentView; readers: (now?: Date) => ContentView } {
  const index = loadContent(dirs);
  const readers = (now = new Date()) => createContentView(index, readerAudience(now));
  return { everything: createContentView(index, previewAudience(), readers), readers };
}

/** The content this request may see: the reader view, or what the editor's preview grant opens. */
export const getRequestView = cache(async (): Promise<ContentView> => {
  const { requestGrant } = await import('@/lib/preview/requestGrant');
  const grant = await requestGrant();
  if (!grant) return getReaderView();
  return previewViewNow(grant.kind === 'story' ? grant.slug : undefined);
});

/**
 * Re-reads the content for a publish. All or nothing: if any published file breaks the contract, nothing is
 * swapped and the site keeps serving the last good version. Both views see everything (drafts included), so
 * a publish can tell exactly what changed.
 */
export function rereadContent():
  | { ok: true; before: ContentView; after: ContentView }
  | { ok: false; problems: ContentProblem[] } {
  const before = getContentIndex();
  const after = loadSiteContent();
  const errors = after.problems.filter((p) => p.severity === 'error');
  if (errors.length) return { ok: false, problems: errors };
  store.__mastheadContentIndex = after;
  countContentLoad();
  const everything = previewAudience();
  return { ok: true, before: createContentView(before, everything), after: createContentView(after, everything) };
}

/**
 * Everything the build checks, without building: the same loadContent the site uses (schema,
 * cross-references, body syntax) plus a full MDX compile of every story the loader found no
 * syntax error in, every live post and every standards page, for anything only the compiler sees.
 */
export async function checkContent(dirs: ContentDirs = site): Promise<ContentProblem[]> {
  const index = loadContent(dirs);
  const problems = [...index.problems];
  const hasSyntaxError = new Set(problems.filter((p) => p.message.startsWith('MDX: ')).map((p) => p.file));
  // Posts with a syntax error the loader found are not in the index. Pages have no drafts: a broken page is an error.
  const items = [...index.articles.filter((a) => !hasSyntaxError.has(a.file)), ...index.livePosts, ...index.pages];
  const errors = await Promise.all(items.map((item) => findMdxSyntaxError(item)));
  items.forEach((item, i) => {
    const error = errors[i];
    if (!error) return;
    const { file, line, column, reason } = error;
    const severity = 'status' in item && item.status === 'draft' ? 'warning' : 'error';
    problems.push({ file, line, column, severity, message: `MDX: ${reason}` });
  });
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
