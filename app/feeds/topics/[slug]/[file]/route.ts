import { site } from '@/lib/config/site';
import { getReaderView, readerViewNow } from '@/lib/content/views';
import { FEED_FILES, serveFeed } from '@/lib/feeds/serveFeed';
import { FEED_ITEMS, storyFeed } from '@/lib/feeds/storyFeed';
import { livePostTags, tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';

/** Topics come and go with stories, so a topic first used after the build gets its feeds on first request. */
export function generateStaticParams() {
  return readerViewNow()
    .topics()
    .flatMap((t) => FEED_FILES.map((file) => ({ slug: t.slug, file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/topics/[slug]/[file]'>) {
  const { slug, file } = await params;
  const view = await getReaderView();
  const topic = view.topic(slug);
  if (!topic) return new Response('Not found\n', { status: 404 });
  const articles = view.topicArticles(slug);
  await tagPage([tags.topic(slug), ...livePostTags(articles.slice(0, FEED_ITEMS))]);
  const scope = {
    title: topic.name,
    description: `Stories about ${topic.name} from ${site.name}.`,
    pagePath: `/topics/${slug}`,
    feedBase: `/feeds/topics/${slug}`,
  };
  return serveFeed(file, storyFeed(scope, articles, view));
}
