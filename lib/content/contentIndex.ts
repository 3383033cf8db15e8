import { site } from '@/lib/config/site';
import { loadContent, type ContentIndex } from './loadContent';
import { ContentError, formatProblem } from './problem';

let cached: ContentIndex | undefined;

const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * The validated content, loaded once per process. At build, a content error in a published file
 * throws, failing the build with every problem listed. A running server never goes down for one
 * bad file: it logs the problem and serves everything that is valid.
 */
export function getContentIndex(): ContentIndex {
  if (cached) return cached;
  const index = loadContent({ contentDir: site.contentDir, publicDir: site.publicDir });
  const hasErrors = index.problems.some((p) => p.severity === 'error');
  if (hasErrors && isBuild()) throw new ContentError(index.problems);
  for (const problem of index.problems) {
    (problem.severity === 'error' ? console.error : console.warn)(`[content] ${formatProblem(problem)}${problem.severity === 'error' ? ' (left out until fixed)' : ''}`);
  }
  cached = index;
  return index;
}
