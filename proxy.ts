import { type NextRequest, NextResponse } from 'next/server';
import { busyResponse } from '@/lib/search/busyResponse';
import { SEARCH_TICKET_HEADER, searchTickets } from '@/lib/search/searchBudget';

/**
 * Search's budget (lib/search/searchBudget.ts), before the page renders: a page cannot answer 503, so the turn is
 * taken here and its ticket handed to the page, which frees it when its response is done; a search refused a turn gets
 * the busy 503 without a render. Only /search comes through here; Next.js runs this in the server's own process.
 */
export const config = { matcher: '/search' };

export async function proxy(request: NextRequest): Promise<Response> {
  const ticket = await searchTickets().admit();
  if (!ticket) return busyResponse();
  // Set here whatever the client sent, so a forged ticket never reaches the page.
  const headers = new Headers(request.headers);
  headers.set(SEARCH_TICKET_HEADER, ticket);
  return NextResponse.next({ request: { headers } });
}
