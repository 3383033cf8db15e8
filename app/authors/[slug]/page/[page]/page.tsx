import { site } from '@/lib/config/site';
import { readerView } from '@/lib/content/contentView';
import { extraPages } from '@/lib/listing/paginate';

export { default, generateMetadata } from '../../page';

export function generateStaticParams() {
  const view = readerView();
  return view.authors.flatMap((a) => extraPages(view.authorArticles(a.slug).length, site.listingPageSize).map((page) => ({ slug: a.slug, page })));
}
