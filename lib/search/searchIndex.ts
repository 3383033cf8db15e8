import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Article } from '@/lib/content/types';
import { RESULTS_PER_PAGE } from './parseSearchParams';
import { MAX_TERM_LENGTH, plainText, splitWords, textTerms, wordTerms } from './terms';

/** At most this many distinct words of a query are searched; each one costs a prefix and typo walk of the index. */
export const MAX_QUERY_TERMS = 12;

const FIELDS = ['title', 'dek', 'tags', 'authors', 'body'] as const;
type Field = (typeof FIELDS)[number];
export type SearchDocument = { id: number } & Record<Field, string>;

export interface SearchIndex {
  /** The stories indexed; a document's id is its position here. */
  articles: readonly Article[];
  engine: MiniSearch<SearchDocument>;
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
    body: plainText(a.body),
  };
}

/**
 * MiniSearch's options. `vocabulary` is every term in the index: it decides which query words
 * get typo help. Exported for the test that checks the fast build against MiniSearch's own.
 */
export function engineOptions(vocabulary: ReadonlySet<string>): Options<SearchDocument> {
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
      prefix: (term) => term.length >= 4 && term.length <= MAX_TERM_LENGTH / 2,
      // Typos (one edit per five letters, rounded; at most two) are forgiven in words of five
      // letters or more that appear nowhere in the index as typed: "harbuor" finds "harbour".
      // A word that exists is taken as meant: walking its near neighbours ("house" → "horse",
      // "mouse") would cost most of a search's time and mostly add noise.
      fuzzy: (term) => (term.length >= 5 && term.length <= MAX_TERM_LENGTH / 2 && !vocabulary.has(term) ? 0.2 : false),
      maxFuzzy: 2,
    },
  };
}

/** One term's postings: per field id, document id → occurrences. */
type TermPostings = Map<number, number>[];
/** `_index` is MiniSearch's term tree; protected, i.e. open to extension, and typed here to the one call used. */
type TermTree = { set(term: string, data: Map<number, Map<number, number>>): void };

/**
 * A full-text index of `articles`. Build it from the stories the audience may see, never from
 * more: the index is the gate for search, and what is not in it cannot be found, highlighted or
 * counted.
 *
 * The index is exactly the one `new MiniSearch(options).addAll(documents)` makes (a test
 * compares the two term by term, and their scores), built about three times faster: addAll walks
 * MiniSearch's term tree at every word occurrence (10 million at 10,000 stories), while here
 * each distinct word is folded once for the whole corpus, occurrences are counted in flat maps,
 * and the tree gets one insertion per term. At 10,000 stories that is the difference between a
 * first search that stalls the server for many seconds and one that stalls it for a few.
 */
export function buildSearchIndex(
  articles: readonly Article[],
  authorName?: (slug: string) => string | undefined,
): SearchIndex {
  const steps = indexSteps(articles, authorName);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same index, built in slices with the event loop free between them: at 10,000 stories the
 * build takes seconds, and other readers' requests are served meanwhile instead of stalling.
 */
export async function buildSearchIndexInSlices(
  articles: readonly Article[],
  authorName?: (slug: string) => string | undefined,
): Promise<SearchIndex> {
  const steps = indexSteps(articles, authorName);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Stories per slice, and terms per slice when filling the term tree: each slice is a few milliseconds. */
const DOCUMENTS_PER_SLICE = 100;
const TERMS_PER_SLICE = 10_000;

function* indexSteps(
  articles: readonly Article[],
  authorName: (slug: string) => string | undefined = () => undefined,
): Generator<void, SearchIndex> {
  const postings = new Map<string, TermPostings>();
  const postingsOf = (term: string) => {
    let p = postings.get(term);
    if (!p) postings.set(term, (p = []));
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
          const freqs = (p[fieldId] ??= new Map());
          // "Harbour" and "harbour" are two words but one term: their counts add up.
          freqs.set(shortId, (freqs.get(shortId) ?? 0) + entry.count);
        }
        entry.count = 0;
      }
      // As MiniSearch counts it: a field's length is its number of distinct words, before processing.
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * shortId + seen.length) / (shortId + 1);
      return seen.length;
    });
  }
  const vocabulary = new Set(postings.keys());
  // Everything but the terms goes through MiniSearch's own loader, from the form toJSON writes.
  const plain: AsPlainObject = {
    documentCount: articles.length,
    nextId: articles.length,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((field, i) => [field, i])),
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: [],
    serializationVersion: 2,
  };
  const engine = MiniSearch.loadJS<SearchDocument>(plain, engineOptions(vocabulary));
  const tree = (engine as unknown as { _index: TermTree })._index;
  let inserted = 0;
  for (const [term, byField] of postings) {
    if (++inserted % TERMS_PER_SLICE === 0) yield;
    const data = new Map<number, Map<number, number>>();
    byField.forEach((freqs, fieldId) => data.set(fieldId, freqs));
    tree.set(term, data);
  }
  return { articles, engine };
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

/** One page of stories matching the query, by relevance, newer first among equals. */
export function searchArticles(index: SearchIndex, request: SearchRequest): SearchResults {
  const perPage = request.perPage ?? RESULTS_PER_PAGE;
  const terms = textTerms(request.q).slice(0, MAX_QUERY_TERMS);
  const found = terms.length ? index.engine.search(terms.join(' ')) : [];
  const bySection = new Map<string, number>();
  const all: { article: Article; score: number; relevance: number; time: number; terms: string[] }[] = [];
  for (const r of found) {
    const article = index.articles[r.id as number];
    if (!article) continue;
    bySection.set(article.section, (bySection.get(article.section) ?? 0) + 1);
    if (request.section && article.section !== request.section) continue;
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
  const pageCount = Math.max(1, Math.ceil(all.length / perPage));
  const page = Number.isFinite(request.page) ? Math.max(1, Math.floor(request.page)) : 1;
  const outOfRange = page > pageCount;
  return {
    terms,
    total: all.length,
    bySection,
    page,
    pageCount,
    outOfRange,
    hits: outOfRange
      ? []
      : all
          .slice((page - 1) * perPage, page * perPage)
          .map((h) => ({ article: h.article, score: h.score, terms: new Set(h.terms) })),
  };
}
