import { NextResponse, type NextRequest } from 'next/server';
import { readerView } from '@/lib/content/contentView';
import { canonicalRedirect } from '@/lib/routing/canonicalRedirect';

/**
 * Canonical URLs before rendering: moved stories, old slugs and case variants get one 308 hop.
 * Done here, not in the page, so a redirect is never cached as a page and costs no render.
 */
export function proxy(request: NextRequest) {
  const target = canonicalRedirect(request.nextUrl.pathname, readerView());
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Only paths that could be a section or a story: never assets, API, feeds or files with extensions.
  matcher: ['/((?!_next/|api/|feeds/|sitemaps/|cards/|authors/|topics/|preview)[^/.]+(?:/[^/.]+)?)'],
};
