import { getReaderView } from '@/lib/preview/requestView';
import { newsSitemapXml } from '@/lib/seo/sitemapXml';
import { xmlResponse } from '@/lib/seo/xmlResponse';

export const dynamic = 'force-static';

export async function GET() {
  const view = await getReaderView();
  return xmlResponse(newsSitemapXml(view.articles, view.audience.now));
}
