import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';

const byArticles = new WeakMap<readonly Article[], Set<string>>();

/**
 * The files under /images/ that readers may fetch: lead images and figures of public stories, and
 * author portraits. An image only a draft or a scheduled story uses stays hidden (it would reveal
 * the story) until that story is public. Computed once per public set.
 */
export function readerImages(view: Pick<ContentView, 'articles' | 'authors'>): Set<string> {
  let images = byArticles.get(view.articles);
  if (!images) {
    images = new Set(view.authors.map((a) => a.avatar.src));
    for (const article of view.articles) {
      if (article.image) images.add(article.image.src);
      for (const src of Object.keys(article.figureSizes)) images.add(src);
    }
    byArticles.set(view.articles, images);
  }
  return images;
}
