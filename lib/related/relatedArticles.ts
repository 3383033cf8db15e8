import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { buildRelatedIndex, type RelatedIndex, rankRelated } from './relatedIndex';

const indexes = new WeakMap<Article[], RelatedIndex>();

/** Related stories for a page, drawn only from what the view's audience may see. */
export function getRelatedArticles(view: ContentView, article: Article): Article[] {
  let index = indexes.get(view.articles);
  if (!index) indexes.set(view.articles, (index = buildRelatedIndex(view.articles)));
  return rankRelated(index, article).map((r) => r.article);
}
