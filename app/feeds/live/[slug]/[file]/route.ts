import { getReaderView, readerViewNow } from '@/lib/content/views';
import { liveFeed } from '@/lib/feeds/liveFeed';
import { FEED_FILES, serveFeed } from '@/lib/feeds/serveFeed';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';

/** A live story's own feed of posts; a live story first published after the build gets it on first request. */
export function generateStaticParams() {
  return readerViewNow()
    .articles.filter((a) => a.format === 'live')
    .flatMap((a) => FEED_FILES.map((file) => ({ slug: a.slug, file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/live/[slug]/[file]'>) {
  const { slug, file } = await params;
  const view = await getReaderView();
  const story = view.article(slug);
  if (story?.format !== 'live') return new Response('Not found\n', { status: 404 });
  await tagPage([tags.story(slug)]);
  return serveFeed(file, liveFeed(story, view.livePosts(slug), view));
}
