import type { MDXComponents } from 'mdx/types';
import type { ReactElement } from 'react';
import type { Article } from '@/lib/content/types';
import { rehypeStoryAllowlist } from './rehypeStoryAllowlist';

/**
 * The one module that imports next-mdx-remote (archived upstream), so a swap touches one file.
 * JavaScript in MDX stays blocked (blockJS); markup outside the story allowlist is dropped by rehypeStoryAllowlist.
 */
const options = { blockJS: true, mdxOptions: { rehypePlugins: [rehypeStoryAllowlist] } };

export class MdxSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column} error MDX: ${reason}`);
    this.name = 'MdxSyntaxError';
  }
}

type MdxSource = Pick<Article, 'file' | 'source' | 'body'>;

export async function compileMdx(article: MdxSource, components: MDXComponents): Promise<ReactElement> {
  // Loaded on first use: the content checker only needs the compiler, not the React renderer.
  const { compileMDX } = await import('next-mdx-remote/rsc');
  try {
    const { content } = await compileMDX({ source: bodyWithFileLines(article), components, options });
    return content;
  } catch (error) {
    throw toSyntaxError(article.file, error);
  }
}

/** Compiles without rendering, for the content checker: null when the MDX is valid. */
export async function findMdxSyntaxError(article: MdxSource): Promise<MdxSyntaxError | null> {
  const { serialize } = await import('next-mdx-remote/serialize');
  try {
    await serialize(bodyWithFileLines(article), options);
    return null;
  } catch (error) {
    return toSyntaxError(article.file, error);
  }
}

/** Frontmatter becomes blank lines, so compiler positions are positions in the file. */
function bodyWithFileLines(article: Pick<Article, 'source' | 'body'>): string {
  const bodyLine = article.source.split('\n').length - article.body.split('\n').length + 1;
  return '\n'.repeat(bodyLine - 1) + article.body;
}

function toSyntaxError(file: string, error: unknown): MdxSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const reason =
    message
      .split('\n')
      .find((l) => l.trim() && !l.startsWith('[next-mdx-remote]'))
      ?.trim() ?? 'could not compile MDX';
  const frame = /^>\s*(\d+)\s*\|.*\n\s*\|(\s*)\^/m.exec(message);
  const line = frame ? Number(frame[1]) : 1;
  const column = frame?.[2]?.length ?? 1;
  return new MdxSyntaxError(file, line, column, reason);
}
