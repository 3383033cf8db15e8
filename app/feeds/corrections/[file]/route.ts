import { getReaderView } from '@/lib/content/views';
import { correctionsLog } from '@/lib/corrections/correctionsLog';
import { correctionsFeed } from '@/lib/feeds/correctionsFeed';
import { FEED_FILES, serveFeed } from '@/lib/feeds/serveFeed';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return FEED_FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/corrections/[file]'>) {
  const view = await getReaderView();
  await tagPage([tags.feeds]);
  return serveFeed((await params).file, correctionsFeed(correctionsLog(view.articles, view.audience.now)));
}
