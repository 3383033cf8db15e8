import type { ContentView } from '@/lib/content/contentView';
import { perArticleSet } from '@/lib/indexing/perArticleSet';
import { buildSearchIndexInSlices, type SearchRequest, type SearchResults, searchArticles } from './searchIndex';

export const getSearchIndex = perArticleSet((view) =>
  buildSearchIndexInSlices(view.articles, (slug) => view.author(slug)?.name),
);

/** Searches what the view's audience may see: for readers, public stories only. */
export async function searchView(view: ContentView, request: SearchRequest): Promise<SearchResults> {
  return searchArticles(await getSearchIndex(view), request);
}
