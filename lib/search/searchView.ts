import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { perArticleSet } from '@/lib/indexing/perArticleSet';
import {
  buildSearchIndexInSlices,
  type SearchIndex,
  type SearchRequest,
  type SearchResults,
  searchArticles,
} from './searchIndex';

// Next.js bundles a copy of this module per route: one index per public set, and so one results cache, per process.
const store = globalThis as typeof globalThis & { __mastheadSearchIndexes?: WeakMap<Article[], Promise<SearchIndex>> };

/** The index of the public stories a view searches: its `publicView()`, so a preview request never builds one. */
export const getSearchIndex = (view: ContentView): Promise<SearchIndex> => publicIndex(view.publicView());

const publicIndex = perArticleSet(
  (view) => buildSearchIndexInSlices(view.articles, (slug) => view.author(slug)?.name),
  (store.__mastheadSearchIndexes ??= new WeakMap()),
);

/** Searches the public stories, for readers and editors in preview alike (drafts are found on the desk). */
export async function searchView(view: ContentView, request: SearchRequest): Promise<SearchResults> {
  return searchArticles(await getSearchIndex(view), request);
}
