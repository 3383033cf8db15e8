import { site } from '@/lib/config/site';
import { getReaderView } from '@/lib/content/views';
import { FEED_FILES, feedResponse, renderFeed } from '@/lib/feeds/buildFeed';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(FEED_FILES).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/[file]'>) {
  const format = FEED_FILES[(await params).file]!;
  const view = await getReaderView();
  await tagPage([tags.feeds]);
  return feedResponse(
    renderFeed(
      { title: 'Latest stories', description: site.tagline, pagePath: '/', feedBase: '/feeds' },
      view.articles,
      view,
      format,
    ),
    format,
  );
}
