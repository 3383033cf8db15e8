import { site } from '@/lib/config/site';
import { readerViewNow } from '@/lib/content/views';
import { extraPages } from '@/lib/listing/paginate';

export { default, generateMetadata } from '../../page';

/** Section pages are prerendered back to the newest PRERENDER_LATEST stories; older ones render on first request. */
export function generateStaticParams() {
  const view = readerViewNow();
  return view.sections.flatMap((s) =>
    extraPages(Math.min(view.sectionArticles(s.slug).length, site.prerenderLatest), site.listingPageSize).map(
      (page) => ({ section: s.slug, page }),
    ),
  );
}
