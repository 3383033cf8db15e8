import { getReaderView, readerViewNow } from '@/lib/content/views';
import { FEED_FILES, serveFeed } from '@/lib/feeds/serveFeed';
import { FEED_ITEMS, storyFeed } from '@/lib/feeds/storyFeed';
import { livePostTags, tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return readerViewNow().authors.flatMap((a) => FEED_FILES.map((file) => ({ slug: a.slug, file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/feeds/authors/[slug]/[file]'>) {
  const { slug, file } = await params;
  const view = await getReaderView();
  const author = view.author(slug);
  if (!author) return new Response('Not found\n', { status: 404 });
  const articles = view.authorArticles(slug);
  await tagPage([tags.author(slug), ...livePostTags(articles.slice(0, FEED_ITEMS))]);
  const scope = {
    title: author.name,
    description: `Stories by ${author.name}, ${author.role}.`,
    pagePath: `/authors/${slug}`,
    feedBase: `/feeds/authors/${slug}`,
  };
  return serveFeed(file, storyFeed(scope, articles, view));
}
