import { getReaderView, readerViewNow } from '@/lib/content/views';
import { FEED_FILES, serveFeed } from '@/lib/feeds/serveFeed';
import { FEED_ITEMS, storyFeed } from '@/lib/feeds/storyFeed';
import { livePostTags, tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return readerViewNow().sections.flatMap((s) => FEED_FILES.map((file) => ({ slug: s.slug, file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/sections/[slug]/[file]'>) {
  const { slug, file } = await params;
  const view = await getReaderView();
  const section = view.section(slug);
  if (!section) return new Response('Not found\n', { status: 404 });
  const articles = view.sectionArticles(slug);
  await tagPage([tags.section(slug), ...livePostTags(articles.slice(0, FEED_ITEMS))]);
  const scope = {
    title: section.title,
    description: section.description,
    pagePath: `/${slug}`,
    feedBase: `/feeds/sections/${slug}`,
  };
  return serveFeed(file, storyFeed(scope, articles, view));
}
