import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { readerViewNow } from '@/lib/content/views';
import { perArticleSet } from '@/lib/indexing/perArticleSet';
import { parseSearchParams } from './parseSearchParams';
import { provideSearchAdmission } from './searchAdmission';
import { type SearchBudget, searchBudget } from './searchBudget';
import {
  buildSearchIndexInSlices,
  isRanked,
  type SearchIndex,
  type SearchRequest,
  type SearchResults,
  searchArticles,
} from './searchIndex';

// The proxy (admitSearch) and the page (searchView) are bundled apart: one index, and so one results cache, per process.
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

/**
 * Ranks a query into the shared results cache within the instance's search budget, before the page renders it:
 * true when the page can now answer from the cache, false when the budget refused it (the answer is a 503). A query
 * already ranked costs no turn. The index build is shared by every caller and not counted against the budget.
 */
export async function admitSearch(
  view: ContentView,
  request: SearchRequest,
  budget: SearchBudget = searchBudget(),
): Promise<boolean> {
  const index = await getSearchIndex(view);
  if (isRanked(index, request)) return true;
  const turn = await budget.acquire();
  if (!turn) return false;
  try {
    searchArticles(index, request);
  } finally {
    turn.release();
  }
  return true;
}

/** Gives the proxy its admission (lib/search/searchAdmission.ts), at the server's start: on the reader view. */
export function provideReaderSearchAdmission(): void {
  provideSearchAdmission(async (raw) => {
    const view = readerViewNow();
    const { q, section } = parseSearchParams(
      raw,
      view.sections.map((s) => s.slug),
    );
    return !q || admitSearch(view, { q, section, page: 1 });
  });
}
