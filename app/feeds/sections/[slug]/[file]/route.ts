import { getReaderView, readerViewNow } from '@/lib/content/views';
import { FEED_FILES, feedResponse, renderFeed } from '@/lib/feeds/buildFeed';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return readerViewNow().sections.flatMap((s) => Object.keys(FEED_FILES).map((file) => ({ slug: s.slug, file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/sections/[slug]/[file]'>) {
  const { slug, file } = await params;
  const view = await getReaderView();
  const section = view.section(slug);
  const format = FEED_FILES[file];
  if (!section || !format) return new Response('Not found\n', { status: 404 });
  await tagPage([tags.section(slug)]);
  const scope = {
    title: section.title,
    description: section.description,
    pagePath: `/${slug}`,
    feedBase: `/feeds/sections/${slug}`,
  };
  return feedResponse(renderFeed(scope, view.sectionArticles(slug), view, format), format);
}
