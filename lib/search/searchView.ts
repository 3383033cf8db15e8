import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { buildSearchIndex, searchArticles, type SearchIndex, type SearchRequest, type SearchResults } from './searchIndex';

/**
 * One index per set of visible stories. A reader view hands out the same `articles` array until
 * a scheduled story falls due, so the index is built once per public set (and rebuilt, from the
 * new set, when it changes); a preview view's array is new per request, and so is its index.
 */
const indexes = new WeakMap<Article[], SearchIndex>();

export function getSearchIndex(view: ContentView): SearchIndex {
  let index = indexes.get(view.articles);
  if (!index) indexes.set(view.articles, (index = buildSearchIndex(view.articles, (slug) => view.author(slug)?.name)));
  return index;
}

/** Searches what the view's audience may see: for readers, public stories only. */
export function searchView(view: ContentView, request: SearchRequest): SearchResults {
  return searchArticles(getSearchIndex(view), request);
}
