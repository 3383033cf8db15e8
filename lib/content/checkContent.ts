import { findMdxSyntaxError } from '@/lib/mdx/mdxCompiler';
import { type LoadOptions, loadContent } from './loadContent';
import type { ContentProblem } from './problem';

/**
 * Everything the build checks, without building: the same loadContent the site uses (schema,
 * cross-references, body syntax) plus a full MDX compile of every story the loader found no
 * syntax error in, and of every live post, drafts included, for anything only the compiler sees.
 */
export async function findContentProblems(options: LoadOptions): Promise<ContentProblem[]> {
  const index = loadContent(options);
  const problems = [...index.problems];
  const hasSyntaxError = new Set(problems.filter((p) => p.message.startsWith('MDX: ')).map((p) => p.file));
  const articles = index.articles.filter((a) => !hasSyntaxError.has(a.file));
  const syntaxErrors = await Promise.all(articles.map((a) => findMdxSyntaxError(a)));
  syntaxErrors.forEach((error, i) => {
    if (!error) return;
    problems.push({
      file: error.file,
      line: error.line,
      column: error.column,
      severity: articles[i]!.status === 'draft' ? 'warning' : 'error',
      message: `MDX: ${error.reason}`,
    });
  });
  // Posts with a syntax error the loader found are not in the index; the rest are compiled like stories.
  const postErrors = await Promise.all(index.livePosts.map((post) => findMdxSyntaxError(post)));
  postErrors.forEach((error, i) => {
    if (!error) return;
    const severity = index.livePosts[i]!.status === 'draft' ? 'warning' : 'error';
    problems.push({
      file: error.file,
      line: error.line,
      column: error.column,
      severity,
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
