import { getVisibleArticles } from '@/lib/content/queries';
import type { Article } from '@/lib/content/types';
import { readerAudience, type Audience } from '@/lib/content/visibility';
import { buildRelatedIndex, rankRelated, type RelatedIndex } from './relatedIndex';

const indexes = new WeakMap<Article[], RelatedIndex>();

/** Related stories for a page, drawn only from what this audience may see. */
export function getRelatedArticles(article: Article, audience: Audience = readerAudience()): Article[] {
  const visible = getVisibleArticles(audience);
  let index = indexes.get(visible);
  if (!index) indexes.set(visible, (index = buildRelatedIndex(visible)));
  return rankRelated(index, article).map((r) => r.article);
}
