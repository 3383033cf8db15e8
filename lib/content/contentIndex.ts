import { site } from '@/lib/config/site';
import type { ContentIndex } from './buildIndex';
import { countContentLoad } from './contentLoad';
import { loadContent } from './loadContent';
import { ContentError, type ContentProblem, formatProblem } from './problem';
import { SourceCache } from './sourceCache';

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
export function loadSiteContent(): ContentIndex {
  const sourceCache = (store.__mastheadSources ??= new SourceCache());
  return loadContent({ contentDir: site.contentDir, publicDir: site.publicDir, sourceCache });
}

/**
 * The validated content, loaded once per process. At build, a content error in a published file
 * throws, failing the build with every problem listed. A running server never goes down for one
 * bad file: it logs the problem and serves everything that is valid.
 */
export function getContentIndex(): ContentIndex {
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

/** A reload's outcome: the content before and after the swap (as indexes, or as views of them), or why not. */
export type ReloadResult<T = ContentIndex> =
  | { ok: true; before: T; after: T }
  | { ok: false; problems: ContentProblem[] };

/**
 * Re-reads the content for a publish. All or nothing: if any published file breaks the
 * contract, nothing is swapped and the site keeps serving the last good version.
 */
export function reloadContentIndex(): ReloadResult {
  const before = getContentIndex();
  const after = loadSiteContent();
  const errors = after.problems.filter((p) => p.severity === 'error');
  if (errors.length) return { ok: false, problems: errors };
  store.__mastheadContentIndex = after;
  countContentLoad();
  return { ok: true, before, after };
}
