import { getReaderView } from '@/lib/content/views';
import { livePostTags, tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { childSitemaps } from '@/lib/seo/childSitemaps';
import { latest, sitemapIndexXml } from '@/lib/seo/sitemapXml';
import { xmlResponse } from '@/lib/seo/xmlResponse';

export const dynamic = 'force-static';

/** The sitemap index: one child sitemap per kind of page, articles in chunks. */
export async function GET() {
  const view = await getReaderView();
  await tagPage([tags.sitemaps, ...livePostTags(view.articles)]);
  const maps = childSitemaps(view);
  const entries = [...maps].map(([file, urls]) => ({
    path: `/sitemaps/${file}`,
    lastmod: latest(urls.flatMap((u) => (u.lastmod ? [u.lastmod] : []))),
  }));
  return xmlResponse(sitemapIndexXml(entries));
}
