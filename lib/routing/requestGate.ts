import type { ContentView } from '@/lib/content/contentView';
import { canonicalRedirect } from './canonicalRedirect';
import { type RouteView, routeExists } from './routes';

export type GateDecision =
  | { action: 'pass'; cacheControl?: string }
  | { action: 'method-not-allowed' }
  | { action: 'redirect'; location: string }
  | { action: 'not-found' };

type GateView = RouteView & Pick<ContentView, 'authors' | 'redirectTarget'>;

const READ_METHODS = new Set(['GET', 'HEAD']);
/** The routes that take a body: the signed publish hook, and the view beacon's count (app/api/views). */
export const WRITABLE_PATH = '/api/revalidate';
export const VIEW_COUNT_PATH = '/api/views';
const PASS: GateDecision = { action: 'pass' };
const NOT_FOUND: GateDecision = { action: 'not-found' };
/** Content images are not fingerprinted: a day fresh, a week stale while a CDN refetches. */
const PUBLIC_IMAGE: GateDecision = {
  action: 'pass',
  cacheControl: 'public, max-age=86400, stale-while-revalidate=604800',
};
/** An editor's copy of a hidden image: no shared cache may keep it for readers. */
const PRIVATE_IMAGE: GateDecision = { action: 'pass', cacheControl: 'private, no-store' };

/**
 * Dot segments (also encoded, "%2e%2e") and trailing slashes are Next.js's to normalise: it
 * redirects to the clean path, and that request comes back through the gate.
 */
function isNormalPath(pathname: string): boolean {
  if (pathname === '/') return true;
  if (pathname.endsWith('/')) return false;
  try {
    return new URL(pathname, 'http://gate.invalid').pathname === pathname;
  } catch {
    return false;
  }
}

const byArticles = new WeakMap<ContentView['articles'], Set<string>>();

/**
 * The files under /images/ that readers may fetch: lead images and figures of public stories, and
 * author portraits. An image only a draft or a scheduled story uses stays hidden (it would reveal
 * the story) until that story is public. Computed once per public set.
 */
function readerImages(view: GateView): Set<string> {
  let images = byArticles.get(view.articles);
  if (!images) {
    images = new Set(view.authors.map((a) => a.avatar.src));
    for (const article of view.articles) {
      if (article.image) images.add(article.image.src);
      for (const src of Object.keys(article.figureSizes)) images.add(src);
    }
    byArticles.set(view.articles, images);
  }
  return images;
}

/** `/images/…` directly or through the image optimizer (`/_next/image?url=/images/…`). */
function imagePath(pathname: string, search: string): string | null {
  if (pathname.startsWith('/images/')) return pathname;
  if (pathname !== '/_next/image') return null;
  const url = new URLSearchParams(search).get('url');
  return url?.startsWith('/') ? new URL(url, 'http://gate.invalid').pathname : null;
}

/**
 * What to do with a request before Next.js routes it. Wrong methods get 405; moved stories, old slugs and case variants
 * one 308 hop to their canonical URL; any URL that names nothing a reader may see gets the 404 page without a render,
 * so made-up URLs cost nothing and store nothing in any cache. Images of stories that are not public yet are 404s too.
 * An editor in preview (`inPreview`: a valid draft-mode cookie) may open drafts, so everything passes for them, and
 * hidden images go out `private` so no shared cache keeps them.
 */
export function gateRequest(
  method: string,
  pathname: string,
  search: string,
  inPreview: boolean,
  view: GateView,
): GateDecision {
  const writable = pathname === WRITABLE_PATH || pathname === VIEW_COUNT_PATH;
  if (!READ_METHODS.has(method) && !(method === 'POST' && writable)) return { action: 'method-not-allowed' };
  const image = imagePath(pathname, search);
  if (image !== null) {
    // The optimizer sets its own Cache-Control; a file from public/ takes the gate's.
    const direct = pathname === image;
    if (readerImages(view).has(image) || !image.startsWith('/images/')) return direct ? PUBLIC_IMAGE : PASS;
    return inPreview ? (direct ? PRIVATE_IMAGE : PASS) : NOT_FOUND;
  }
  if (pathname.startsWith('/_next/') || !isNormalPath(pathname)) return PASS;
  const location = canonicalRedirect(pathname, view);
  if (location) return { action: 'redirect', location };
  if (inPreview || routeExists(pathname.slice(1).split('/'), view)) return PASS;
  return NOT_FOUND;
}
