import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { buildRelatedIndexInSlices, type RelatedIndex, rankRelated } from './relatedIndex';

/**
 * One index per set of visible stories, as for search (lib/search/searchView.ts): built once per
 * public set, in slices, and pages arriving while it is built wait for the same build.
 */
const indexes = new WeakMap<Article[], Promise<RelatedIndex>>();

/** Related stories for a page, drawn only from what the view's audience may see. */
export async function getRelatedArticles(view: ContentView, article: Article): Promise<Article[]> {
  let index = indexes.get(view.articles);
  if (!index) {
    indexes.set(view.articles, (index = buildRelatedIndexInSlices(view.articles)));
    // A failed build is not kept: the next page tries again.
    index.catch(() => indexes.delete(view.articles));
  }
  return rankRelated(await index, article).map((r) => r.article);
}
