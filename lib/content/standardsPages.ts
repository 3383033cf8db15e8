import { mdxFileOf } from './enrich';
import type { ContentProblem } from './problem';
import type { PageFrontmatter, PublisherRole } from './schema';
import type { StandardsPage } from './types';
import type { Valid } from './validate';

export interface StandardsPages {
  /** Valid pages, by title. */
  pages: StandardsPage[];
  /** Which page answers for each publisher role the editors assigned. */
  roles: Map<PublisherRole, StandardsPage>;
  problems: ContentProblem[];
}

/**
 * The cross-check for standards pages (content/pages, read and validated like every other file):
 * each publisher role belongs to one page. Every problem is an error, because pages have no drafts.
 */
export function standardsPages(validated: Valid<PageFrontmatter>[]): StandardsPages {
  const problems: ContentProblem[] = [];
  const pages: StandardsPage[] = [];
  const roles = new Map<PublisherRole, StandardsPage>();
  for (const { file, data } of validated) {
    const page: StandardsPage = { ...mdxFileOf(file), ...data };
    data.roles.forEach((role, i) => {
      const holder = roles.get(role);
      if (!holder) return roles.set(role, page);
      const { line, column } = file.parsed.positionOf(['roles', i]);
      const message = `"${role}" is already the role of ${holder.file}; give each role to one page`;
      problems.push({ file: file.file, line, column, severity: 'error', field: `roles[${i}]`, message });
    });
    pages.push(page);
  }
  return { pages: pages.sort((a, b) => a.title.localeCompare(b.title)), roles, problems };
}
