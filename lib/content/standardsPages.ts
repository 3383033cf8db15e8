import fs from 'node:fs';
import path from 'node:path';
import { parseSource } from './frontmatter';
import type { ContentProblem } from './problem';
import { describeIssues, fieldName, type PublisherRole, pageSchema } from './schema';
import { SLUG_PATTERN } from './slug';
import type { StandardsPage } from './types';

export interface StandardsPages {
  /** Valid pages, by title. */
  pages: StandardsPage[];
  /** Which page answers for each publisher role the editors assigned. */
  roles: Map<PublisherRole, StandardsPage>;
  problems: ContentProblem[];
}

/**
 * Reads `content/pages/*.mdx` (the newsroom's standards pages) and checks the publisher roles
 * they claim. The folder is optional: a newsroom without standards pages publishes no policies.
 * Every problem is an error, because pages have no draft state.
 */
export function loadStandardsPages(contentDir: string): StandardsPages {
  const dir = path.join(contentDir, 'pages');
  const problems: ContentProblem[] = [];
  const pages: StandardsPage[] = [];
  const roles = new Map<PublisherRole, StandardsPage>();
  const display = (absolute: string) => path.relative(process.cwd(), absolute) || absolute;
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))
      .sort();
  } catch {
    return { pages, roles, problems };
  }
  for (const name of names) {
    const file = display(path.join(dir, name));
    const slug = name.replace(/\.mdx?$/, '');
    const report = (line: number, column: number, message: string, field?: string) =>
      problems.push({ file, line, column, severity: 'error', field, message });
    const source = fs.readFileSync(path.join(dir, name), 'utf8');
    const parsed = parseSource(source);
    if (!SLUG_PATTERN.test(slug))
      report(1, 1, `file name "${slug}" is not a valid slug: rename it using lowercase a-z, 0-9 and single hyphens`);
    for (const e of parsed.yamlErrors) report(e.position.line, e.position.column, e.message);
    if (parsed.yamlErrors.length) continue;
    const result = pageSchema.safeParse(parsed.data ?? {});
    if (!result.success) {
      for (const issue of describeIssues(result.error, pageSchema)) {
        const { line, column } = parsed.positionOf(issue.path);
        report(line, column, issue.message, fieldName(issue.path) || undefined);
      }
      continue;
    }
    if (!SLUG_PATTERN.test(slug)) continue;
    const page: StandardsPage = { slug, file, source, body: parsed.body, ...result.data };
    result.data.roles.forEach((role, i) => {
      const holder = roles.get(role);
      if (!holder) return roles.set(role, page);
      const { line, column } = parsed.positionOf(['roles', i]);
      report(
        line,
        column,
        `"${role}" is already the role of ${holder.file}; give each role to one page`,
        `roles[${i}]`,
      );
    });
    pages.push(page);
  }
  return { pages: pages.sort((a, b) => a.title.localeCompare(b.title)), roles, problems };
}
