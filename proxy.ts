import { type NextRequest, NextResponse } from 'next/server';
import { busyResponse } from '@/lib/search/busyResponse';
import type { RawSearchParams } from '@/lib/search/parseSearchParams';
import { searchAdmission } from '@/lib/search/searchAdmission';

/**
 * Search's budget, before the page renders: a page cannot answer 503, so an uncached query is ranked here, within the
 * instance's budget, into the results cache the page then reads, and a refused one gets the busy 503 without a
 * render. Only /search comes through here; Next.js runs this in the server's own process.
 */
export const config = { matcher: '/search' };

export async function proxy(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const raw: RawSearchParams = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  return (await searchAdmission()(raw)) ? NextResponse.next() : busyResponse();
}
