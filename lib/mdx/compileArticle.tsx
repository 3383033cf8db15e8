import { type ComponentProps, cache, type ReactElement } from 'react';
import { Factbox } from '@/components/Factbox';
import { Figure } from '@/components/Figure';
import { PullQuote } from '@/components/PullQuote';
import type { Article, StandardsPage } from '@/lib/content/types';
import { compileMdx } from './mdxCompiler';

/** What compiling needs of a story or a live post. */
type CompilableBody = Pick<Article, 'file' | 'source' | 'body' | 'figureSizes'>;

/**
 * A story's body (or a live post's: same components, same rules) as React, compiled once per request
 * (generateMetadata and the page share it). Components take string props only: MDX expressions are blocked.
 */
export const compileArticle = cache(async (article: CompilableBody): Promise<ReactElement> => {
  const components = {
    // biome-ignore lint/correctness/noComponentHookFactories: Figure closes over the story's image sizes; no hooks
    Figure: ({ src, ...rest }: Omit<ComponentProps<typeof Figure>, 'width' | 'height'>) => {
      const size = article.figureSizes[src];
      return size ? <Figure src={src} {...size} {...rest} /> : null;
    },
    PullQuote,
    Factbox,
  };
  return compileMdx(article, components);
});

/** A standards page's body as React; the same blocked-JavaScript compile as stories, without figures. */
export const compileStandardsPage = cache(
  (page: StandardsPage): Promise<ReactElement> => compileMdx(page, { PullQuote, Factbox }),
);
