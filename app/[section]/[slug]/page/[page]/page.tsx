import { readerViewNow } from '@/lib/content/views';
import { extraLivePages } from '@/lib/live/livePages';

export { default, generateMetadata } from '../../page';

/** A live story's later pages, prerendered at build; pages added by later posts render on first request. */
export function generateStaticParams() {
  const view = readerViewNow();
  return view.articles
    .filter((a) => a.format === 'live')
    .flatMap((a) => extraLivePages(view.livePosts(a.slug)).map((page) => ({ section: a.section, slug: a.slug, page })));
}
