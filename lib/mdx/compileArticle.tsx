import { type ComponentProps, cache, type ReactElement } from 'react';
import { Factbox } from '@/components/Factbox';
import { Figure } from '@/components/Figure';
import { PullQuote } from '@/components/PullQuote';
import type { Article } from '@/lib/content/types';
import { compileMdx } from './mdxCompiler';

type MdxFigureProps = Omit<ComponentProps<typeof Figure>, 'width' | 'height'>;

/** What a body is compiled from: a story's or a live post's (the same components, the same allowlist). */
type StoryBody = Pick<Article, 'file' | 'source' | 'body' | 'figureSizes'>;

/**
 * A story's or a live post's body as React, compiled once per request (generateMetadata and the page
 * share it). Components take string props only: MDX expressions are blocked.
 */
export const compileArticle = cache(async (article: StoryBody): Promise<ReactElement> => {
  const components = {
    // biome-ignore lint/correctness/noComponentHookFactories: Figure closes over the story's image sizes; no hooks
    Figure: ({ src, ...rest }: MdxFigureProps) => {
      const size = article.figureSizes[src];
      return size ? <Figure src={src} {...size} {...rest} /> : null;
    },
    PullQuote,
    Factbox,
  };
  return compileMdx(article, components);
});
