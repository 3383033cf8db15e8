import { type NextRequest, NextResponse } from 'next/server';
import { readerViewNow } from '@/lib/content/views';
import { busyResponse } from '@/lib/search/busyResponse';
import { parseSearchParams, type RawSearchParams } from '@/lib/search/parseSearchParams';
import { admitSearch } from '@/lib/search/searchView';

/**
 * Search's budget, before the page renders: a page cannot answer 503, so the query is ranked here, within the
 * instance's budget, into the results cache the page then reads; a refused one gets the 503 without a render. Only
 * /search runs through here, and Next.js runs this in the server's own process, so the cache and budget are shared.
 */
export const config = { matcher: '/search' };

export async function proxy(request: NextRequest): Promise<Response> {
  const view = readerViewNow();
  const raw: RawSearchParams = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) raw[key] = request.nextUrl.searchParams.getAll(key);
  const { q, section } = parseSearchParams(
    raw,
    view.sections.map((s) => s.slug),
  );
  if (!q || (await admitSearch(view, { q, section, page: 1 }))) return NextResponse.next();
  return busyResponse();
}
