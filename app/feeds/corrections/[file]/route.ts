import { getReaderView } from '@/lib/content/views';
import { correctionsLog } from '@/lib/corrections/correctionsLog';
import { atomXml } from '@/lib/feeds/atomXml';
import { correctionsFeed } from '@/lib/feeds/correctionsFeed';
import { rssXml } from '@/lib/feeds/rssXml';
import { FEED_FILES } from '@/lib/feeds/serveFeed';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return FEED_FILES.map((file) => ({ file }));
}

const WRITERS = {
  'rss.xml': { write: rssXml, type: 'application/rss+xml' },
  'atom.xml': { write: atomXml, type: 'application/atom+xml' },
} as const;

export async function GET(_request: Request, { params }: RouteContext<'/feeds/corrections/[file]'>) {
  const writer = WRITERS[(await params).file as keyof typeof WRITERS];
  if (!writer) return new Response('Not found\n', { status: 404 });
  const view = await getReaderView();
  await tagPage([tags.feeds]);
  const feed = correctionsFeed(correctionsLog(view.articles, view.audience.now));
  return new Response(writer.write(feed), { headers: { 'content-type': `${writer.type}; charset=utf-8` } });
}
