import { getRequestView } from '@/lib/content/views';
import { postLocation } from '@/lib/live/livePages';

/**
 * GET /<section>/<slug>/posts/<post> — a post's permalink, never stale: a temporary redirect to the page the post is
 * on now, at its anchor, as later posts move it along. Draft and scheduled posts are found only in preview.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[section]/[slug]/posts/[post]'>) {
  const { section, slug, post } = await params;
  const view = await getRequestView();
  const story = view.article(slug);
  const location =
    story && story.section === section && story.format === 'live'
      ? postLocation(story, view.livePosts(slug), post)
      : null;
  if (!location) return new Response('Not found\n', { status: 404, headers: { 'cache-control': 'no-store' } });
  return new Response(null, {
    status: 307,
    headers: {
      location,
      // Where a post lands moves only when posts arrive: shared caches may keep the answer a few seconds.
      'cache-control': view.audience.preview ? 'private, no-store' : 'public, max-age=0, s-maxage=5',
    },
  });
}
