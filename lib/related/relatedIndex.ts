import type { Article } from '@/lib/content/types';
import { runSteps, runStepsInSlices } from '@/lib/indexing/buildSteps';
import { TermDictionary } from './textTerms';
import { TopK } from './topK';

/**
 * Related-articles ranking, precomputed once over the public stories.
 *
 * score(a, b) = TOPIC_WEIGHT   * sum of idf(t) over topics t shared by a and b
 *             + SECTION_WEIGHT * [same section]
 *             + TEXT_WEIGHT    * cosine(tf-idf of a, tf-idf of b)   (title and standfirst count triple)
 *             + RECENCY_WEIGHT * exp(-|days between them| / RECENCY_DAYS)
 * with idf(t) = ln(1 + N / stories with t), so a rare topic binds harder than a common one.
 * Candidates come from inverted lists over topics and each story's top terms, so one list
 * costs the stories that share something with it, never all N. A list longer than its window
 * (200 for a topic, 60 for a word) contributes only the stories published nearest in time,
 * found by binary search in the date-ordered list: recency favours them anyway, and it
 * keeps one ranking at a few thousand operations however large the newsroom grows.
 */
export const TOPIC_WEIGHT = 1;
export const SECTION_WEIGHT = 0.75;
export const TEXT_WEIGHT = 4;
export const RECENCY_WEIGHT = 0.5;
export const RECENCY_DAYS = 30;
const TERMS_PER_STORY = 25;
const TOPIC_WINDOW = 200;
const TERM_WINDOW = 60;
const DAY_MS = 86_400_000;

interface Vector {
  terms: string[];
  weights: Float64Array;
}

export interface RelatedIndex {
  articles: Article[];
  position: Map<string, number>;
  /** publishedAt in ms and a section number per position, so ranking reads arrays, not objects. */
  times: Float64Array;
  sections: Int32Array;
  vectors: Vector[];
  topicIdf: Map<string, number>;
  topicPostings: Map<string, Int32Array>;
  /** Stories using a term (positions, newest first) and each one's weight for it. */
  termPostings: Map<string, { ids: Int32Array; weights: Float64Array }>;
  /** The corpus's terms and how many stories use each, to weigh a story from outside the index. */
  dictionary: TermDictionary;
  documentFrequency: number[];
}

/** Term ids of a story and how often each occurs; title and standfirst count triple. */
interface TermCounts {
  ids: number[];
  counts: number[];
}

export const buildRelatedIndex = (articles: Article[]): RelatedIndex => runSteps(indexSteps(articles));

/**
 * The same index, built in slices with the event loop free between them: at 10,000 stories the
 * build takes seconds (most of it each body's plain text and words on first use), and other
 * readers' requests are served meanwhile instead of waiting behind it.
 */
export const buildRelatedIndexInSlices = (articles: Article[]): Promise<RelatedIndex> =>
  runStepsInSlices(indexSteps(articles));

/** Stories per slice: each slice is tens of milliseconds when their text is derived for the first time. */
const STORIES_PER_SLICE = 100;

function* indexSteps(articles: Article[]): Generator<void, RelatedIndex> {
  const n = articles.length;
  const dictionary = new TermDictionary();
  // Per-story counts go into arrays indexed by term id; `seen` marks which ids this story touched.
  const counts: number[] = [];
  const seen: number[] = [];
  const documentFrequency: number[] = [];
  const storyTerms: TermCounts[] = [];
  for (const [story, article] of articles.entries()) {
    if (story > 0 && story % STORIES_PER_SLICE === 0) yield;
    const used: number[] = [];
    const add = (ids: number[], weight: number) => {
      for (const id of ids) {
        if (seen[id] !== story) {
          seen[id] = story;
          counts[id] = 0;
          used.push(id);
        }
        counts[id] = (counts[id] ?? 0) + weight;
      }
    };
    add(dictionary.idsOf(`${article.title} ${article.dek}`), 3);
    add(dictionary.idsOf(article.plainText), 1);
    for (const id of used) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    storyTerms.push({ ids: used, counts: used.map((id) => counts[id] ?? 0) });
  }
  yield;

  const idf = documentFrequency.map((used) => idfOf(used, n));
  const termLists = new Map<string, { ids: number[]; weights: number[] }>();
  const vectors: Vector[] = [];
  for (const [i, terms] of storyTerms.entries()) {
    if (i > 0 && i % STORIES_PER_SLICE === 0) yield;
    // A term no story counted has no weight: idfOf's 0 leaves it out.
    const vector = vectorOf(terms, (id) => idf[id] ?? 0, dictionary.terms);
    vector.terms.forEach((term, k) => {
      let list = termLists.get(term);
      if (!list) termLists.set(term, (list = { ids: [], weights: [] }));
      list.ids.push(i);
      list.weights.push(vector.weights[k] ?? 0);
    });
    vectors.push(vector);
  }
  yield;
  const termPostings = new Map(
    [...termLists].map(([term, l]) => [term, { ids: Int32Array.from(l.ids), weights: Float64Array.from(l.weights) }]),
  );

  const topicLists = new Map<string, number[]>();
  articles.forEach((article, i) => {
    for (const t of article.topics) {
      let list = topicLists.get(t.slug);
      if (!list) topicLists.set(t.slug, (list = []));
      list.push(i);
    }
  });
  const topicPostings = new Map([...topicLists].map(([slug, list]) => [slug, Int32Array.from(list)]));
  const topicIdf = new Map([...topicLists].map(([slug, list]) => [slug, Math.log(1 + n / list.length)]));
  const sectionNumbers = new Map<string, number>();
  const sectionNumber = (slug: string) => {
    let number = sectionNumbers.get(slug);
    if (number === undefined) sectionNumbers.set(slug, (number = sectionNumbers.size));
    return number;
  };

  return {
    articles,
    position: new Map(articles.map((a, i) => [a.slug, i])),
    times: Float64Array.from(articles, (a) => a.publishedAt.getTime()),
    sections: Int32Array.from(articles, (a) => sectionNumber(a.section)),
    vectors,
    topicIdf,
    topicPostings,
    termPostings,
    dictionary,
    documentFrequency,
  };
}

/**
 * A story's TERMS_PER_STORY best tf-idf terms, best first (ties alphabetical), with weights
 * normalised to unit length. `idf` is each term's idfOf.
 */
function vectorOf(story: TermCounts, idf: (id: number) => number, terms: string[]): Vector {
  const termOf = (id: number) => terms[id] ?? '';
  const best = new TopK(TERMS_PER_STORY, (a, b) => termOf(a) < termOf(b));
  story.ids.forEach((id, k) => {
    const weight = idf(id);
    const count = story.counts[k] ?? 0;
    if (weight > 0 && count > 0) best.offer(id, (1 + Math.log(count)) * weight);
  });
  const top = best.entries();
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  return { terms: top.map(([id]) => termOf(id)), weights: Float64Array.from(top, ([, w]) => w / norm) };
}

/**
 * ln(n / used) for a term `used` by that many of `n` stories, or 0 to leave it out: a word no other story uses
 * cannot relate two stories; one that every story uses says nothing.
 */
function idfOf(used: number, n: number): number {
  return used >= 2 && used < n ? Math.log(n / used) : 0;
}

/**
 * The vector of a story the index does not hold (a draft in preview, say), weighed as if it had
 * been indexed with the others: its terms' document frequencies and the story count include it.
 * Terms no indexed story uses are left out, as they would be inside: they relate it to nothing.
 */
function outsiderVector(index: RelatedIndex, article: Article): Vector {
  const { dictionary, documentFrequency } = index;
  const counts = new Map<number, number>();
  const add = (ids: number[], weight: number) => {
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + weight);
  };
  add(dictionary.knownIdsOf(`${article.title} ${article.dek}`), 3);
  add(dictionary.knownIdsOf(article.plainText), 1);
  const story = { ids: [...counts.keys()], counts: [...counts.values()] };
  const n = index.articles.length + 1;
  return vectorOf(story, (id) => idfOf((documentFrequency[id] ?? 0) + 1, n), dictionary.terms);
}

export interface RankedArticle {
  article: Article;
  score: number;
  pinned: boolean;
}

interface Scratch {
  scores: Float64Array;
  marks: Uint32Array;
  touched: Int32Array;
  stamp: number;
}

/** Scratch arrays per index, reused across rankings; a fresh stamp per call avoids clearing them. */
const scratches = new WeakMap<RelatedIndex, Scratch>();

/**
 * 3 to `limit` related stories: the editor's pins first (those that are in the index, i.e.
 * public), then the best scores, then — only to reach the minimum — the newest in the section.
 * Scores accumulate straight from the (windowed) postings into a typed array and the best are
 * kept in a small sorted array: no per-pair objects, so all 10,000 lists take well under a second.
 */
export function rankRelated(index: RelatedIndex, article: Article, limit = 6, minimum = 3): RankedArticle[] {
  const self = index.position.get(article.slug);
  const chosen = new Set<number>(self === undefined ? [] : [self]);
  const result: RankedArticle[] = [];
  for (const slug of article.related) {
    const i = index.position.get(slug);
    const pinned = i === undefined ? undefined : index.articles[i];
    if (i === undefined || !pinned || chosen.has(i) || result.length >= limit) continue;
    chosen.add(i);
    result.push({ article: pinned, score: Infinity, pinned: true });
  }

  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.articles.length;
    scratches.set(
      index,
      (scratch = { scores: new Float64Array(n), marks: new Uint32Array(n), touched: new Int32Array(n), stamp: 0 }),
    );
  }
  const stamp = ++scratch.stamp;
  const { scores, marks, touched } = scratch;
  const { times } = index;
  let touchedCount = 0;
  const when = article.publishedAt.getTime();
  // The story and its pins are marked up front and never enter `touched`: no set lookups per candidate.
  for (const i of chosen) {
    marks[i] = stamp;
    scores[i] = -Infinity;
  }
  for (const t of article.topics) {
    const postings = index.topicPostings.get(t.slug);
    if (!postings) continue;
    const weight = TOPIC_WEIGHT * (index.topicIdf.get(t.slug) ?? 0);
    const [from, to] = nearest(postings, times, when, TOPIC_WINDOW);
    for (const i of postings.subarray(from, to)) {
      if (marks[i] !== stamp) {
        marks[i] = stamp;
        scores[i] = weight;
        touched[touchedCount++] = i;
      } else scores[i] = (scores[i] ?? 0) + weight;
    }
  }
  const own = (self === undefined ? undefined : index.vectors[self]) ?? outsiderVector(index, article);
  for (const [t, term] of own.terms.entries()) {
    const postings = index.termPostings.get(term);
    if (!postings) continue;
    const weight = TEXT_WEIGHT * (own.weights[t] ?? 0);
    const { ids, weights } = postings;
    const [from, to] = nearest(ids, times, when, TERM_WINDOW);
    for (let k = from; k < to; k++) {
      const i = ids[k] ?? 0;
      const add = weight * (weights[k] ?? 0);
      if (marks[i] !== stamp) {
        marks[i] = stamp;
        scores[i] = add;
        touched[touchedCount++] = i;
      } else scores[i] = (scores[i] ?? 0) + add;
    }
  }

  const k = limit - result.length;
  // Ties go to the newer story, then the lower position.
  const timeOf = (i: number) => times[i] ?? 0;
  const best = new TopK(k, (a, b) => (timeOf(a) !== timeOf(b) ? timeOf(a) > timeOf(b) : a < b));
  const section = self === undefined ? -1 : index.sections[self];
  for (const i of touched.subarray(0, touchedCount)) {
    const score = scores[i] ?? 0;
    // Section and recency add at most SECTION_WEIGHT + RECENCY_WEIGHT: a candidate that cannot reach the k-th best
    // so far is not weighed (most of them, so exp() runs a few hundred times a story instead of a few thousand).
    if (score + SECTION_WEIGHT + RECENCY_WEIGHT < best.threshold) continue;
    const sameSection =
      self === undefined ? index.articles[i]?.section === article.section : index.sections[i] === section;
    const days = Math.abs(timeOf(i) - when) / DAY_MS;
    best.offer(i, score + (sameSection ? SECTION_WEIGHT : 0) + RECENCY_WEIGHT * Math.exp(-days / RECENCY_DAYS));
  }
  for (const [i, value] of best.entries()) {
    const ranked = index.articles[i];
    if (!ranked) continue;
    chosen.add(i);
    result.push({ article: ranked, score: value, pinned: false });
  }
  if (result.length < minimum) {
    const sameSectionFirst = index.articles
      .map((a, i) => [a, i] as const)
      .filter(([, i]) => !chosen.has(i))
      .sort(([a], [b]) => Number(b.section === article.section) - Number(a.section === article.section));
    for (const [a] of sameSectionFirst.slice(0, minimum - result.length))
      result.push({ article: a, score: 0, pinned: false });
  }
  return result;
}

/**
 * The range of a topic's or term's postings to use: all of them when the list is short,
 * otherwise the `window` published nearest to `when`. Lists hold positions, newest first.
 */
function nearest(postings: Int32Array, times: Float64Array, when: number, window: number): [number, number] {
  if (postings.length <= window) return [0, postings.length];
  let lo = 0;
  let hi = postings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[postings[mid] ?? 0] ?? 0) > when) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, Math.min(lo - (window >> 1), postings.length - window));
  return [start, start + window];
}
