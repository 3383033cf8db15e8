import { findMdxSyntaxError } from '@/lib/mdx/mdxCompiler';
import { type LoadOptions, loadContent } from './loadContent';
import type { ContentProblem } from './problem';

/**
 * Everything the build checks, without building: the schema and cross-references (the same
 * loadContent the site uses) plus an MDX compile of every story, drafts included.
 */
export async function checkContent(options: LoadOptions): Promise<ContentProblem[]> {
  const index = loadContent(options);
  const problems = [...index.problems];
  const syntaxErrors = await Promise.all(index.articles.map((a) => findMdxSyntaxError(a)));
  syntaxErrors.forEach((error, i) => {
    if (!error) return;
    const article = index.articles[i]!;
    problems.push({
      file: error.file,
      line: error.line,
      column: error.column,
      severity: article.status === 'draft' ? 'warning' : 'error',
      message: `MDX: ${error.reason}`,
    });
  });
  // Standards pages have no draft state: a broken page is an error.
  for (const page of index.pages) {
    const error = await findMdxSyntaxError(page);
    if (error)
      problems.push({
        file: error.file,
        line: error.line,
        column: error.column,
        severity: 'error',
        message: `MDX: ${error.reason}`,
      });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
