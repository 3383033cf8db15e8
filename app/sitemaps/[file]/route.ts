import { getReaderView, readerViewNow } from '@/lib/content/views';
import { livePostTags, tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { childSitemaps } from '@/lib/seo/childSitemaps';
import { urlsetXml } from '@/lib/seo/sitemapXml';
import { xmlResponse } from '@/lib/seo/xmlResponse';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return [...childSitemaps(readerViewNow()).keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const view = await getReaderView();
  await tagPage([tags.sitemaps, ...livePostTags(view.articles)]);
  const entries = childSitemaps(view).get((await params).file);
  if (!entries) return new Response('Not found\n', { status: 404 });
  return xmlResponse(urlsetXml(entries));
}
