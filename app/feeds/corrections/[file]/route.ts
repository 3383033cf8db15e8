import { correctionsLog } from '@/lib/corrections/correctionsLog';
import { FEED_FILES, feedResponse } from '@/lib/feeds/buildFeed';
import { renderCorrectionsFeed } from '@/lib/feeds/correctionsFeed';
import { getReaderView } from '@/lib/preview/requestView';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(FEED_FILES).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/corrections/[file]'>) {
  const format = FEED_FILES[(await params).file]!;
  const view = await getReaderView();
  await tagPage([tags.feeds]);
  return feedResponse(renderCorrectionsFeed(correctionsLog(view.articles, view.audience.now), format), format);
}
