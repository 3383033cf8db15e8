import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { perArticleSet } from '@/lib/indexing/perArticleSet';
import { buildRelatedIndexInSlices, rankRelated } from './relatedIndex';

const relatedIndex = perArticleSet((view) => buildRelatedIndexInSlices(view.articles));

/** Related stories for a page, drawn only from what the view's audience may see. */
export async function getRelatedArticles(view: ContentView, article: Article): Promise<Article[]> {
  return rankRelated(await relatedIndex(view), article).map((r) => r.article);
}
