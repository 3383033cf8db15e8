import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { site } from '@/lib/config/site';
import { listingMetadata } from '@/lib/seo/pageMetadata';
import { type PageOf, pageHref, paginate, parsePageParam } from './paginate';

/** The page of `items` that the URL's `page` segment asks for; a 404 if it is not a page number or past the end. */
export function listingPage<T>(items: T[], page: string | undefined): PageOf<T> {
  const number = parsePageParam(page);
  const listing = number && paginate(items, number, site.listingPageSize);
  if (!listing) notFound();
  return listing;
}

/** A listing page's metadata: page 2 onwards is titled "…, page 2" and is its own canonical. */
export function listingPageMetadata(page: string | undefined, meta: Parameters<typeof listingMetadata>[0]): Metadata {
  const number = parsePageParam(page);
  if (!number) return {};
  const title = number > 1 ? `${meta.title}, page ${number}` : meta.title;
  return listingMetadata({ ...meta, title, path: pageHref(meta.path, number) });
}
