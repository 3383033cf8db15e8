import { getReaderView, readerViewNow } from '@/lib/content/views';
import { LIVE_MANIFEST_CACHE_CONTROL, liveManifest } from '@/lib/live/liveManifest';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';

/**
 * GET /<section>/<slug>/live.json — what the live-updates island polls. Generated once and kept (ISR) like the
 * story's page, under the same tag, so a publish regenerates both; shared caches keep it 5 s
 * (LIVE_MANIFEST_CACHE_CONTROL), so polling readers cost the origin about one request per story every few
 * seconds, however many they are.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return readerViewNow()
    .articles.filter((a) => a.format === 'live')
    .map((a) => ({ section: a.section, slug: a.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[section]/[slug]/live.json'>) {
  const { section, slug } = await params;
  const view = await getReaderView();
  const story = view.article(slug);
  if (!story || story.section !== section || story.format !== 'live')
    return new Response('Not found\n', { status: 404 });
  await tagPage([tags.story(slug)]);
  return Response.json(liveManifest(story, view.livePosts(slug), view.audience.now), {
    headers: { 'cache-control': LIVE_MANIFEST_CACHE_CONTROL },
  });
}
