import { findMdxSyntaxError } from '@/lib/mdx/mdxCompiler';
import { type LoadOptions, loadContent } from './loadContent';
import type { ContentProblem, Severity } from './problem';
import type { Article, LivePost, StandardsPage } from './types';

/**
 * Everything the build checks, without building: the same loadContent the site uses (schema,
 * cross-references, body syntax) plus a full MDX compile of every story the loader found no
 * syntax error in, and of every live post, drafts included, for anything only the compiler sees.
 */
export async function findContentProblems(options: LoadOptions): Promise<ContentProblem[]> {
  const index = loadContent(options);
  const problems = [...index.problems];
  const compile = async <T extends Article | LivePost | StandardsPage>(items: T[], severity: (item: T) => Severity) => {
    const errors = await Promise.all(items.map((item) => findMdxSyntaxError(item)));
    errors.forEach((error, i) => {
      if (!error) return;
      const { file, line, column, reason } = error;
      problems.push({ file, line, column, severity: severity(items[i]!), message: `MDX: ${reason}` });
    });
  };
  const draftsWarn = (item: Article | LivePost) => (item.status === 'draft' ? 'warning' : 'error');
  const hasSyntaxError = new Set(problems.filter((p) => p.message.startsWith('MDX: ')).map((p) => p.file));
  const articles = index.articles.filter((a) => !hasSyntaxError.has(a.file));
  await compile(articles, draftsWarn);
  // Posts with a syntax error the loader found are not in the index; the rest are compiled like stories.
  await compile(index.livePosts, draftsWarn);
  // Standards pages have no draft state: a broken page is an error.
  await compile(index.pages, () => 'error');
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
