import { cache, type ReactElement } from 'react';
import { Factbox } from '@/components/Factbox';
import { PullQuote } from '@/components/PullQuote';
import type { StandardsPage } from '@/lib/content/types';
import { compileMdx } from './mdxCompiler';

/** A standards page's body as React; the same blocked-JavaScript compile as stories, without figures. */
export const compileStandardsPage = cache(
  (page: StandardsPage): Promise<ReactElement> => compileMdx(page, { PullQuote, Factbox }),
);
