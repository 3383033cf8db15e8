import { site } from '@/lib/config/site';
import { loadContent, type ContentIndex } from './loadContent';
import { ContentError, formatProblem } from './problem';

let cached: ContentIndex | undefined;

/**
 * The validated content, loaded once per process. A content error in a published file throws
 * (failing the build with every problem listed); problems in drafts are logged as warnings.
 */
export function getContentIndex(): ContentIndex {
  if (cached) return cached;
  const index = loadContent({ contentDir: site.contentDir, publicDir: site.publicDir });
  if (index.problems.some((p) => p.severity === 'error')) throw new ContentError(index.problems);
  for (const warning of index.problems) console.warn(`[content] ${formatProblem(warning)}`);
  cached = index;
  return index;
}
