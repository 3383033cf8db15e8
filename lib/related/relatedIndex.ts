import type { Article } from '@/lib/content/types';
import { contentWords } from './textTerms';

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
  vectors: Vector[];
  topicIdf: Map<string, number>;
  topicPostings: Map<string, number[]>;
  /** Stories using a term (positions, newest first) and each one's weight for it. */
  termPostings: Map<string, { ids: number[]; weights: number[] }>;
}

export function buildRelatedIndex(articles: Article[]): RelatedIndex {
  const n = articles.length;
  const termCounts: Map<string, number>[] = [];
  const documentFrequency = new Map<string, number>();
  for (const article of articles) {
    const counts = new Map<string, number>();
    const heading = contentWords(`${article.title} ${article.dek}`);
    for (const w of heading) counts.set(w, (counts.get(w) ?? 0) + 3);
    for (const w of contentWords(article.body)) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    termCounts.push(counts);
  }

  const termPostings = new Map<string, { ids: number[]; weights: number[] }>();
  const vectors = termCounts.map((counts, i) => {
    const scored: [string, number][] = [];
    for (const [term, count] of counts) {
      const df = documentFrequency.get(term)!;
      if (df < 2) continue; // a word no other story uses cannot relate two stories
      scored.push([term, (1 + Math.log(count)) * Math.log(n / df)]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = scored.slice(0, TERMS_PER_STORY).filter(([, w]) => w > 0);
    const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
    top.forEach(([term, w]) => {
      let list = termPostings.get(term);
      if (!list) termPostings.set(term, (list = { ids: [], weights: [] }));
      list.ids.push(i);
      list.weights.push(w / norm);
    });
    const weights = Float64Array.from(top, ([, w]) => w / norm);
    return { terms: top.map(([t]) => t), weights };
  });

  const topicPostings = new Map<string, number[]>();
  articles.forEach((article, i) => {
    for (const t of article.topics) {
      let list = topicPostings.get(t.slug);
      if (!list) topicPostings.set(t.slug, (list = []));
      list.push(i);
    }
  });
  const topicIdf = new Map([...topicPostings].map(([slug, list]) => [slug, Math.log(1 + n / list.length)]));

  return { articles, position: new Map(articles.map((a, i) => [a.slug, i])), vectors, topicIdf, topicPostings, termPostings };
}

export interface RankedArticle {
  article: Article;
  score: number;
  pinned: boolean;
}

/** Score buffers per index, reused across rankings; a fresh stamp per call avoids clearing them. */
const buffers = new WeakMap<RelatedIndex, { scores: Float64Array; marks: Uint32Array; stamp: number }>();

/**
 * 3 to `limit` related stories: the editor's pins first (those that are in the index, i.e.
 * public), then the best scores, then — only to reach the minimum — the newest in the section.
 * Scores accumulate straight from the (windowed) postings into a typed array: no per-pair work.
 */
export function rankRelated(index: RelatedIndex, article: Article, limit = 6, minimum = 3): RankedArticle[] {
  const self = index.position.get(article.slug);
  const chosen = new Set<number>(self === undefined ? [] : [self]);
  const result: RankedArticle[] = [];
  for (const slug of article.related) {
    const i = index.position.get(slug);
    if (i === undefined || chosen.has(i) || result.length >= limit) continue;
    chosen.add(i);
    result.push({ article: index.articles[i]!, score: Infinity, pinned: true });
  }

  let buffer = buffers.get(index);
  if (!buffer) {
    const n = index.articles.length;
    buffers.set(index, (buffer = { scores: new Float64Array(n), marks: new Uint32Array(n), stamp: 0 }));
  }
  const stamp = ++buffer.stamp;
  const { scores, marks } = buffer;
  const touched: number[] = [];
  const add = (i: number, value: number) => {
    if (marks[i] !== stamp) {
      marks[i] = stamp;
      scores[i] = 0;
      touched.push(i);
    }
    scores[i]! += value;
  };
  const when = article.publishedAt.getTime();
  for (const t of article.topics) {
    const postings = index.topicPostings.get(t.slug);
    if (!postings) continue;
    const idf = TOPIC_WEIGHT * (index.topicIdf.get(t.slug) ?? 0);
    const [from, to] = nearest(postings, index, when, TOPIC_WINDOW);
    for (let k = from; k < to; k++) add(postings[k]!, idf);
  }
  const own = self === undefined ? buildRelatedIndex([article]).vectors[0]! : index.vectors[self]!;
  own.terms.forEach((term, t) => {
    const postings = index.termPostings.get(term);
    if (!postings) return;
    const weight = TEXT_WEIGHT * own.weights[t]!;
    const [from, to] = nearest(postings.ids, index, when, TERM_WINDOW);
    for (let k = from; k < to; k++) add(postings.ids[k]!, weight * postings.weights[k]!);
  });

  const scored: [number, number][] = [];
  for (const i of touched) {
    if (chosen.has(i)) continue;
    const other = index.articles[i]!;
    const days = Math.abs(other.publishedAt.getTime() - when) / DAY_MS;
    scored.push([i, scores[i]! + (other.section === article.section ? SECTION_WEIGHT : 0) + RECENCY_WEIGHT * Math.exp(-days / RECENCY_DAYS)]);
  }
  for (const [i, value] of topK(scored, limit - result.length, index)) {
    chosen.add(i);
    result.push({ article: index.articles[i]!, score: value, pinned: false });
  }
  if (result.length < minimum) {
    const sameSectionFirst = index.articles
      .map((a, i) => [a, i] as const)
      .filter(([, i]) => !chosen.has(i))
      .sort(([a], [b]) => Number(b.section === article.section) - Number(a.section === article.section));
    for (const [a] of sameSectionFirst.slice(0, minimum - result.length)) result.push({ article: a, score: 0, pinned: false });
  }
  return result;
}

/**
 * The range of a topic's or term's postings to use: all of them when the list is short,
 * otherwise the `window` published nearest to `when`. Lists hold positions, newest first.
 */
function nearest(postings: number[], index: RelatedIndex, when: number, window: number): [number, number] {
  if (postings.length <= window) return [0, postings.length];
  let lo = 0;
  let hi = postings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.articles[postings[mid]!]!.publishedAt.getTime() > when) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, Math.min(lo - (window >> 1), postings.length - window));
  return [start, start + window];
}

/** The k best scores, best first; ties go to the newer story, then the lower position. */
function topK(scores: Iterable<[number, number]>, k: number, index: RelatedIndex): [number, number][] {
  const better = ([ia, sa]: [number, number], [ib, sb]: [number, number]) =>
    sa - sb || index.articles[ia]!.publishedAt.getTime() - index.articles[ib]!.publishedAt.getTime() || ib - ia;
  const best: [number, number][] = [];
  for (const entry of scores) {
    if (k <= 0) break;
    if (best.length < k) {
      best.push(entry);
      best.sort((a, b) => better(b, a));
    } else if (better(entry, best[k - 1]!) > 0) {
      best[k - 1] = entry;
      best.sort((a, b) => better(b, a));
    }
  }
  return best;
}
