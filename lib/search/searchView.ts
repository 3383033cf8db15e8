import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import {
  buildSearchIndexInSlices,
  type SearchIndex,
  type SearchRequest,
  type SearchResults,
  searchArticles,
} from './searchIndex';

/**
 * One index per set of visible stories. A reader view hands out the same `articles` array until
 * a scheduled story falls due, so the index is built once per public set (and rebuilt, from the
 * new set, when it changes); a preview view's array is new per request, and so is its index.
 */
const indexes = new WeakMap<Article[], Promise<SearchIndex>>();

/** Searches arriving while the index is built wait for the same build. */
export function getSearchIndex(view: ContentView): Promise<SearchIndex> {
  let index = indexes.get(view.articles);
  if (!index) {
    indexes.set(view.articles, (index = buildSearchIndexInSlices(view.articles, (slug) => view.author(slug)?.name)));
    // A failed build is not kept: the next search tries again instead of failing until the next publish.
    index.catch(() => indexes.delete(view.articles));
  }
  return index;
}

/** Searches what the view's audience may see: for readers, public stories only. */
export async function searchView(view: ContentView, request: SearchRequest): Promise<SearchResults> {
  return searchArticles(await getSearchIndex(view), request);
}
