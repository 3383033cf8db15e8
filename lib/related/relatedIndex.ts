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
 * costs the stories that share something with it, never all N.
 */
export const TOPIC_WEIGHT = 1;
export const SECTION_WEIGHT = 0.75;
export const TEXT_WEIGHT = 4;
export const RECENCY_WEIGHT = 0.5;
export const RECENCY_DAYS = 30;
const TERMS_PER_STORY = 25;
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
  termPostings: Map<string, number[]>;
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

  const termPostings = new Map<string, number[]>();
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
    for (const [term] of top) {
      let list = termPostings.get(term);
      if (!list) termPostings.set(term, (list = []));
      list.push(i);
    }
    return { terms: top.map(([t]) => t), weights: Float64Array.from(top, ([, w]) => w / norm) };
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

/**
 * 3 to `limit` related stories: the editor's pins first (those that are in the index, i.e.
 * public), then the best scores, then — only to reach the minimum — the newest in the section.
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

  const scores = new Map<number, number>();
  const add = (i: number, value: number) => {
    if (!chosen.has(i)) scores.set(i, (scores.get(i) ?? 0) + value);
  };
  for (const t of article.topics) {
    const idf = index.topicIdf.get(t.slug) ?? 0;
    for (const i of index.topicPostings.get(t.slug) ?? []) add(i, TOPIC_WEIGHT * idf);
  }
  const own = self === undefined ? buildRelatedIndex([article]).vectors[0]! : index.vectors[self]!;
  const ownWeights = new Map(own.terms.map((t, k) => [t, own.weights[k]!]));
  for (const [term, weight] of ownWeights) {
    for (const i of index.termPostings.get(term) ?? []) {
      const other = index.vectors[i]!;
      const k = other.terms.indexOf(term);
      add(i, TEXT_WEIGHT * weight * other.weights[k]!);
    }
  }
  for (const i of scores.keys()) {
    const other = index.articles[i]!;
    const days = Math.abs(other.publishedAt.getTime() - article.publishedAt.getTime()) / DAY_MS;
    scores.set(i, scores.get(i)! + (other.section === article.section ? SECTION_WEIGHT : 0) + RECENCY_WEIGHT * Math.exp(-days / RECENCY_DAYS));
  }

  const ranked = [...scores].sort(
    ([ia, sa], [ib, sb]) => sb - sa || index.articles[ib]!.publishedAt.getTime() - index.articles[ia]!.publishedAt.getTime() || ia - ib,
  );
  for (const [i, score] of ranked) {
    if (result.length >= limit) break;
    chosen.add(i);
    result.push({ article: index.articles[i]!, score, pinned: false });
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
