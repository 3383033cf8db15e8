import { getReaderView } from '@/lib/content/views';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { newsSitemapXml } from '@/lib/seo/sitemapXml';
import { xmlResponse } from '@/lib/seo/xmlResponse';

export const dynamic = 'force-static';

export async function GET() {
  await tagPage([tags.sitemaps]);
  const view = await getReaderView();
  return xmlResponse(newsSitemapXml(view.articles, view.audience.now));
}
