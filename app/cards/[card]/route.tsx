import { getReaderView } from '@/lib/content/views';
import { storyAge } from '@/lib/dates/storyAge';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { socialCard } from '@/lib/seo/socialCard';

export const dynamic = 'force-static';

/**
 * Only the default card is drawn at build. A story's card is drawn on first request and cached until a publish touches
 * the story (or its section) or the publishing tick passes, so a scheduled story's card appears with it.
 */
export function generateStaticParams() {
  return [{ card: 'default.png' }];
}

/** `/cards/<slug>.png` for a public story, `/cards/default.png` for every other page. */
export async function GET(_request: Request, { params }: RouteContext<'/cards/[card]'>) {
  const name = (await params).card.match(/^([a-z0-9-]+)\.png$/)?.[1];
  if (!name) return new Response('Not found\n', { status: 404 });
  if (name === 'default') return socialCard({ headline: 'News from Port Merrow and the Vessary coast, as it happens' });
  const view = await getReaderView();
  const article = view.article(name);
  if (!article) return new Response('Not found\n', { status: 404 });
  await tagPage([tags.story(name), tags.section(article.section)]);
  // An old story's card says its year, so a reshared link does not pass for today's news.
  const year = storyAge(article.publishedAt, view.audience.now)?.year;
  const section = view.section(article.section)?.title;
  return socialCard({ kicker: [section, year].filter(Boolean).join(' · ') || undefined, headline: article.title });
}
