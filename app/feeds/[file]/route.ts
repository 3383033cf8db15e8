import { site } from '@/lib/config/site';
import { getReaderView } from '@/lib/content/views';
import { FEED_FILES, serveFeed } from '@/lib/feeds/serveFeed';
import { storyFeed } from '@/lib/feeds/storyFeed';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return FEED_FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/[file]'>) {
  const view = await getReaderView();
  await tagPage([tags.feeds]);
  const scope = { title: 'Latest stories', description: site.tagline, pagePath: '/', feedBase: '/feeds' };
  return serveFeed((await params).file, storyFeed(scope, view.articles, view));
}
