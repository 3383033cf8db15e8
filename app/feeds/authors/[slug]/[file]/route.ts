import { getReaderView, readerViewNow } from '@/lib/content/views';
import { FEED_FILES, feedResponse, renderFeed } from '@/lib/feeds/buildFeed';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return readerViewNow().authors.flatMap((a) => Object.keys(FEED_FILES).map((file) => ({ slug: a.slug, file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/authors/[slug]/[file]'>) {
  const { slug, file } = await params;
  const view = await getReaderView();
  const author = view.author(slug);
  const format = FEED_FILES[file];
  if (!author || !format) return new Response('Not found\n', { status: 404 });
  await tagPage([tags.author(slug)]);
  const scope = {
    title: author.name,
    description: `Stories by ${author.name}, ${author.role}.`,
    pagePath: `/authors/${slug}`,
    feedBase: `/feeds/authors/${slug}`,
  };
  return feedResponse(renderFeed(scope, view.authorArticles(slug), view, format), format);
}
