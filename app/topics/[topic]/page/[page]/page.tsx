import { site } from '@/lib/config/site';
import { readerView } from '@/lib/content/contentView';
import { extraPages } from '@/lib/listing/paginate';

export { default, generateMetadata } from '../../page';

export function generateStaticParams() {
  const view = readerView();
  return view.topics().flatMap((t) => extraPages(t.count, site.listingPageSize).map((page) => ({ topic: t.slug, page })));
}
