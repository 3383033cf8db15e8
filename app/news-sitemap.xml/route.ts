import { getReaderView } from '@/lib/content/views';
import { livePostTags, tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { newsSitemapXml } from '@/lib/seo/sitemapXml';
import { xmlResponse } from '@/lib/seo/xmlResponse';

export const dynamic = 'force-static';

export async function GET() {
  const view = await getReaderView();
  await tagPage([tags.sitemaps, ...livePostTags(view.articles)]);
  return xmlResponse(newsSitemapXml(view));
}
