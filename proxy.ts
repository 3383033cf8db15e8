import { NextResponse, type NextRequest } from 'next/server';
import { readerView } from '@/lib/content/contentView';
import { canonicalRedirect, isKnownMissing } from '@/lib/routing/canonicalRedirect';

/** Every route is read-only but the publish hook; Next.js answers methods like TRACE on route handlers with a 500. */
const ALLOWED_METHODS = new Set(['GET', 'HEAD']);
const WRITABLE_PATH = '/api/revalidate';

/**
 * Canonical URLs before rendering: moved stories, old slugs and case variants get one 308 hop.
 * Done here, not in the page, so a redirect is never cached as a page and costs no render.
 */
export function proxy(request: NextRequest) {
  if (!ALLOWED_METHODS.has(request.method) && !(request.method === 'POST' && request.nextUrl.pathname === WRITABLE_PATH)) {
    return new NextResponse('Method not allowed\n', { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' } });
  }
  const view = readerView();
  const { pathname } = request.nextUrl;
  const target = canonicalRedirect(pathname, view);
  if (target) {
    const url = request.nextUrl.clone();
    url.pathname = target;
    return NextResponse.redirect(url, 308);
  }
  // Editors in preview may open drafts; everyone else gets the 404 page without a render.
  if (!request.cookies.has('__prerender_bypass') && isKnownMissing(pathname, view)) {
    // The same for everyone, so a CDN or the nginx cache may keep it for a minute.
    return NextResponse.rewrite(new URL('/_not-found', request.url), {
      status: 404,
      headers: { 'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Everything but fingerprinted assets, optimised images and public files.
  matcher: ['/((?!_next/static/|_next/image|images/).*)'],
};
