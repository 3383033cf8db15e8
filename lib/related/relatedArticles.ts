import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { perArticleSet } from '@/lib/indexing/perArticleSet';
import { buildRelatedIndexInSlices, type RelatedIndex, rankRelated } from './relatedIndex';

const publicIndex = perArticleSet((view) => buildRelatedIndexInSlices(view.articles));

/** The related index a view ranks against: that of its public view, so a preview request never builds one. */
export const relatedIndexOf = (view: ContentView): Promise<RelatedIndex> => publicIndex(view.publicView());

/**
 * Related stories for a page, drawn only from public stories: a draft in preview is ranked against the public index as
 * a story from outside it, so its list is the one it will have when it is published.
 */
export async function getRelatedArticles(view: ContentView, article: Article): Promise<Article[]> {
  return rankRelated(await relatedIndexOf(view), article).map((r) => r.article);
}
