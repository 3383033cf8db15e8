import type { ContentView } from '@/lib/content/contentView';
import { type Article, articlePath } from '@/lib/content/types';
import { storyModifiedAt } from '@/lib/live/storyModifiedAt';
import { ARTICLES_PER_SITEMAP, latest, type SitemapEntry } from './sitemapXml';

/** Every child sitemap by file name, with its entries; the index and the child routes share this. */
export function childSitemaps(view: ContentView): Map<string, SitemapEntry[]> {
  const maps = new Map<string, SitemapEntry[]>();
  const articles = view.articles;
  const modifiedAt = (a: Article) => storyModifiedAt(a, view.livePosts(a.slug));
  const lastModified = (list: Article[]) => latest(list.map(modifiedAt));
  for (let i = 0; i * ARTICLES_PER_SITEMAP < Math.max(articles.length, 1); i++) {
    const chunk = articles.slice(i * ARTICLES_PER_SITEMAP, (i + 1) * ARTICLES_PER_SITEMAP);
    maps.set(
      `articles-${i + 1}.xml`,
      chunk.map((a) => ({ path: articlePath(a), lastmod: modifiedAt(a) })),
    );
  }
  maps.set('sections.xml', [
    { path: '/', lastmod: lastModified(articles) },
    ...view.sections.map((s) => ({ path: `/${s.slug}`, lastmod: lastModified(view.sectionArticles(s.slug)) })),
  ]);
  maps.set(
    'authors.xml',
    view.authors.map((a) => ({ path: `/authors/${a.slug}`, lastmod: lastModified(view.authorArticles(a.slug)) })),
  );
  maps.set(
    'topics.xml',
    view.topics().map((t) => ({ path: `/topics/${t.slug}`, lastmod: lastModified(view.topicArticles(t.slug)) })),
  );
  return maps;
}
