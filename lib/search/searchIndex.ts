import { LRUCache } from 'lru-cache';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Article } from '@/lib/content/types';
import { runSteps, runStepsInSlices } from '@/lib/indexing/buildSteps';
import { MAX_TERM_LENGTH, splitWords, textTerms, wordTerms } from '@/lib/text/tokenize';
import { RESULTS_PER_PAGE } from './parseSearchParams';

/** At most this many distinct words of a query are searched; each one costs a prefix and typo walk of the index. */
export const MAX_QUERY_TERMS = 12;
/**
 * A word is also matched as the start of longer words only when at most this many index terms
 * start with it: each expansion adds its postings to the query, and a short common stem ("cons",
 * "port") would otherwise pull in hundreds of terms, most of them noise.
 */
export const MAX_PREFIX_EXPANSION = 50;
/** At most this many words of a query get typo tolerance: each one costs a walk of the term tree. */
export const MAX_FUZZY_TERMS = 3;
/** Cached result lists (query + section), counted in stories so a few huge lists cannot hog memory. */
const CACHED_STORIES = 200_000;
export const CACHED_QUERIES = 2_000;

const FIELDS = ['title', 'dek', 'tags', 'authors', 'body'] as const;
type Field = (typeof FIELDS)[number];
export type SearchDocument = { id: number } & Record<Field, string>;

/** A query's matches in rank order, before the page is cut: what the cache holds. */
interface RankedMatches {
  bySection: Map<string, number>;
  hits: { article: Article; score: number; terms: string[] }[];
}

export interface SearchIndex {
  /** The stories indexed; a document's id is its position here. */
  articles: readonly Article[];
  engine: MiniSearch<SearchDocument>;
  /** Ranked matches of recent queries: a popular search is ranked once per public set. */
  cache: LRUCache<string, RankedMatches>;
}

/** What is searchable of each story: headline, standfirst, topics, author names, body as plain text. */
export function searchDocuments(
  articles: readonly Article[],
  authorName: (slug: string) => string | undefined = () => undefined,
): SearchDocument[] {
  return articles.map((a, id) => searchDocument(a, id, authorName));
}

function searchDocument(a: Article, id: number, authorName: (slug: string) => string | undefined): SearchDocument {
  return {
    id,
    title: a.title,
    dek: a.dek,
    tags: a.topics.map((t) => t.name).join(' · '),
    authors: a.authors.map((slug) => authorName(slug) ?? '').join(' · '),
    body: a.plainText,
  };
}

/**
 * MiniSearch's options. `vocabulary` is every term in the index, sorted: it decides which query words get typo help and
 * how far a prefix expands. Exported for the test that checks the fast build against MiniSearch's own.
 */
export function engineOptions(vocabulary: readonly string[]): Options<SearchDocument> {
  const known = (term: string) => vocabulary[lowerBound(vocabulary, term)] === term;
  const fuzzyCandidate = (term: string) => term.length >= 5 && term.length <= MAX_TERM_LENGTH / 2 && !known(term);
  return {
    fields: [...FIELDS],
    tokenize: splitWords,
    processTerm: wordTerms,
    searchOptions: {
      // Every word must match (AND): adding a word narrows the results, as readers expect.
      combineWith: 'AND',
      boost: { title: 3, dek: 2, tags: 2, authors: 1, body: 1 },
      // A word matches as typed and as the start of longer words ("harb" → "harbour", "flood"
      // → "flooding"), from four letters: shorter words are mostly whole words, and expanding
      // them is noise ("bus" → "business", "art" → "article") that costs time on every search.
      prefix: (term) =>
        term.length >= 4 && term.length <= MAX_TERM_LENGTH / 2 && prefixCount(vocabulary, term) <= MAX_PREFIX_EXPANSION,
      // Typos (one edit per five letters, rounded; at most two) are forgiven in words of five
      // letters or more that appear nowhere in the index as typed, in the first MAX_FUZZY_TERMS
      // such words: "harbuor" finds "harbour". A word that exists is taken as meant: walking its
      // near neighbours ("house" → "horse", "mouse") would cost most of a search's time and mostly add noise.
      fuzzy: (term, i, terms) =>
        fuzzyCandidate(term) && terms.slice(0, i).filter(fuzzyCandidate).length < MAX_FUZZY_TERMS ? 0.2 : false,
      maxFuzzy: 2,
    },
  };
}

/** First position in sorted `terms` whose term is not below `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the sorted `terms` start with `prefix`, itself included. */
function prefixCount(terms: readonly string[], prefix: string): number {
  return lowerBound(terms, `${prefix}\uffff`) - lowerBound(terms, prefix);
}

/** One term's postings as MiniSearch serialises them: field id → document id → occurrences. */
type TermPostings = Record<number, Record<number, number>>;

/**
 * A full-text index of `articles`. Build it from the stories the audience may see, never from more: the index is the
 * gate for search, and what is not in it cannot be found, highlighted or counted.
 *
 * The index is exactly the one `new MiniSearch(options).addAll(documents)` makes (a test
 * compares the two term by term, and their scores), built about three times faster: addAll walks
 * MiniSearch's term tree at every word occurrence (10 million at 10,000 stories), while here
 * each distinct word is folded once for the whole corpus, occurrences are counted in flat maps,
 * and the result is written in the form `toJSON` produces and loaded with MiniSearch's own loader.
 */
export function buildSearchIndex(
  articles: readonly Article[],
  authorName?: (slug: string) => string | undefined,
): SearchIndex {
  const { plain, vocabulary } = runSteps(countSteps(articles, authorName));
  return indexOf(articles, MiniSearch.loadJS(plain, engineOptions(vocabulary)));
}

/**
 * The same index, built in slices with the event loop free between them (MiniSearch's async
 * loader yields every thousand terms): at 10,000 stories the build takes seconds, and other
 * readers' requests are served meanwhile instead of stalling.
 */
export async function buildSearchIndexInSlices(
  articles: readonly Article[],
  authorName?: (slug: string) => string | undefined,
): Promise<SearchIndex> {
  const { plain, vocabulary } = await runStepsInSlices(countSteps(articles, authorName));
  return indexOf(articles, await MiniSearch.loadJSAsync(plain, engineOptions(vocabulary)));
}

function indexOf(articles: readonly Article[], engine: MiniSearch<SearchDocument>): SearchIndex {
  return {
    articles,
    engine,
    cache: new LRUCache({
      max: CACHED_QUERIES,
      maxSize: CACHED_STORIES,
      sizeCalculation: (matches) => matches.hits.length + 1,
    }),
  };
}

/** Stories per slice: each slice is a few milliseconds. */
const DOCUMENTS_PER_SLICE = 100;

/** Counts every story's terms, yielding between slices; returns the serialised index and its sorted vocabulary. */
function* countSteps(
  articles: readonly Article[],
  authorName: (slug: string) => string | undefined = () => undefined,
): Generator<void, { plain: AsPlainObject; vocabulary: string[] }> {
  const postings = new Map<string, TermPostings>();
  const postingsOf = (term: string) => {
    let p = postings.get(term);
    if (!p) postings.set(term, (p = {}));
    return p;
  };
  // Each distinct word once: its terms' postings, and its count in the field being read.
  const words = new Map<string, { terms: TermPostings[]; count: number }>();
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  for (let shortId = 0; shortId < articles.length; shortId++) {
    if (shortId > 0 && shortId % DOCUMENTS_PER_SLICE === 0) yield;
    const doc = searchDocument(articles[shortId]!, shortId, authorName);
    documentIds[shortId] = doc.id;
    fieldLength[shortId] = FIELDS.map((field, fieldId) => {
      // Count on the word entries, then post each distinct word once: the posting maps are
      // large and touched far less often than plain counters.
      const seen: { terms: TermPostings[]; count: number }[] = [];
      for (const word of splitWords(doc[field])) {
        let entry = words.get(word);
        if (!entry) words.set(word, (entry = { terms: (wordTerms(word) ?? []).map(postingsOf), count: 0 }));
        if (entry.count++ === 0) seen.push(entry);
      }
      for (const entry of seen) {
        for (const p of entry.terms) {
          const freqs = (p[fieldId] ??= {});
          // "Harbour" and "harbour" are two words but one term: their counts add up.
          freqs[shortId] = (freqs[shortId] ?? 0) + entry.count;
        }
        entry.count = 0;
      }
      // As MiniSearch counts it: a field's length is its number of distinct words, before processing.
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * shortId + seen.length) / (shortId + 1);
      return seen.length;
    });
  }
  yield;
  const vocabulary = [...postings.keys()].sort();
  const plain: AsPlainObject = {
    documentCount: articles.length,
    nextId: articles.length,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((field, i) => [field, i])),
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    // Alphabetical, so common and rare terms mix: MiniSearch's async loader yields every thousand
    // terms, and in order of first use the first thousand would carry most of the postings.
    index: vocabulary.map((term) => [term, postings.get(term)!]),
    serializationVersion: 2,
  };
  return { plain, vocabulary };
}

export interface SearchRequest {
  q: string;
  section?: string;
  page: number;
  perPage?: number;
}

export interface SearchHit {
  article: Article;
  score: number;
  /** Index terms this story matched, for highlighting. */
  terms: ReadonlySet<string>;
}

export interface SearchResults {
  /** The words searched for, after cleaning; empty when the query had none worth searching. */
  terms: string[];
  /** Matching stories in the chosen section (all sections when none is chosen). */
  total: number;
  /** Matching stories per section slug, before the section filter: for the filter's counts. */
  bySection: Map<string, number>;
  page: number;
  /** At least 1, so "page 1 of 1" reads right even with no results. */
  pageCount: number;
  /** `page` is past the last page of results: `hits` is empty and the page should say so. */
  outOfRange: boolean;
  /** The stories on this page, best first. */
  hits: SearchHit[];
}

/** Scores within a millionth are a tie, so the newer story goes first rather than a rounding error deciding. */
const relevance = (score: number) => Math.round(score * 1e6);

/**
 * The words a query searches for, as every reader's query of the same meaning gets them: folded (case, accents, width),
 * distinct, the first MAX_QUERY_TERMS, in alphabetical order. Every word must match and a story's score is the sum of
 * its words' scores, so the order the words were typed in changes nothing, and "Harbour  WALL" is "wall harbour".
 */
export function queryTerms(q: string): string[] {
  return textTerms(q).slice(0, MAX_QUERY_TERMS).sort();
}

/** The cache key of a query's ranked matches: its terms and section. The page is cut from the cached list. */
export function searchKey(request: Pick<SearchRequest, 'q' | 'section'>): string {
  return `${request.section ?? ''}\u0000${queryTerms(request.q).join(' ')}`;
}

/** One page of stories matching the query, by relevance, newer first among equals. */
export function searchArticles(index: SearchIndex, request: SearchRequest): SearchResults {
  const perPage = request.perPage ?? RESULTS_PER_PAGE;
  const terms = queryTerms(request.q);
  const key = searchKey(request);
  let matches = index.cache.get(key);
  if (!matches) index.cache.set(key, (matches = rankMatches(index, terms, request.section)));
  const pageCount = Math.max(1, Math.ceil(matches.hits.length / perPage));
  const page = Number.isFinite(request.page) ? Math.max(1, Math.floor(request.page)) : 1;
  const outOfRange = page > pageCount;
  return {
    terms,
    total: matches.hits.length,
    bySection: matches.bySection,
    page,
    pageCount,
    outOfRange,
    hits: outOfRange
      ? []
      : matches.hits
          .slice((page - 1) * perPage, page * perPage)
          .map((h) => ({ article: h.article, score: h.score, terms: new Set(h.terms) })),
  };
}

function rankMatches(index: SearchIndex, terms: string[], section: string | undefined): RankedMatches {
  const found = terms.length ? index.engine.search(terms.join(' ')) : [];
  const bySection = new Map<string, number>();
  const all: (RankedMatches['hits'][number] & { relevance: number; time: number })[] = [];
  for (const r of found) {
    const article = index.articles[r.id as number];
    if (!article) continue;
    bySection.set(article.section, (bySection.get(article.section) ?? 0) + 1);
    if (section && article.section !== section) continue;
    all.push({
      article,
      score: r.score,
      relevance: relevance(r.score),
      time: article.publishedAt.getTime(),
      terms: r.terms,
    });
  }
  all.sort(
    (a, b) =>
      b.relevance - a.relevance ||
      b.time - a.time ||
      (a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0),
  );
  return { bySection, hits: all };
}
