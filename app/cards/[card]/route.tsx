import { getReaderView } from '@/lib/content/views';
import { socialCard } from '@/lib/seo/socialCard';

/** `/cards/<slug>.png` for a public story, `/cards/default.png` for every other page. */
export async function GET(_request: Request, { params }: RouteContext<'/cards/[card]'>) {
  const name = (await params).card.match(/^([a-z0-9-]+)\.png$/)?.[1];
  if (!name) return new Response('Not found\n', { status: 404 });
  if (name === 'default') return socialCard({ headline: 'News from Port Merrow and the Vessary coast, as it happens' });
  const view = await getReaderView();
  const article = view.article(name);
  if (!article) return new Response('Not found\n', { status: 404 });
  return socialCard({ kicker: view.section(article.section)?.title, headline: article.title });
}
