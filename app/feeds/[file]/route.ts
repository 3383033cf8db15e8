import { site } from '@/lib/config/site';
import { getReaderView } from '@/lib/content/views';
import { FEED_FILES, serveFeed } from '@/lib/feeds/serveFeed';
import { FEED_ITEMS, storyFeed } from '@/lib/feeds/storyFeed';
import { livePostTags, tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return FEED_FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/[file]'>) {
  const view = await getReaderView();
  await tagPage([tags.feeds, ...livePostTags(view.articles.slice(0, FEED_ITEMS))]);
  const scope = { title: 'Latest stories', description: site.tagline, pagePath: '/', feedBase: '/feeds' };
  return serveFeed((await params).file, storyFeed(scope, view.articles, view));
}
