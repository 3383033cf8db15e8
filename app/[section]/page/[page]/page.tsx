import { site } from '@/lib/config/site';
import { readerView } from '@/lib/content/contentView';
import { extraPages } from '@/lib/listing/paginate';

export { default, generateMetadata } from '../../page';

export function generateStaticParams() {
  const view = readerView();
  return view.sections.flatMap((s) => extraPages(view.sectionArticles(s.slug).length, site.listingPageSize).map((page) => ({ section: s.slug, page })));
}
