import { site } from '@/lib/config/site';
import { readerViewNow } from '@/lib/content/views';
import { extraPages } from '@/lib/listing/paginate';

export { default, generateMetadata } from '../../page';

/**
 * Older section pages are prerendered as far back as the newest PRERENDER_LATEST stories; the rest render on first
 * request.
 */
export function generateStaticParams() {
  const view = readerViewNow();
  return view.sections.flatMap((s) =>
    extraPages(Math.min(view.sectionArticles(s.slug).length, site.prerenderLatest), site.listingPageSize).map(
      (page) => ({ section: s.slug, page }),
    ),
  );
}
