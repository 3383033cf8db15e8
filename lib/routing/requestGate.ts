import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import type { PreviewGrant } from '@/lib/preview/previewSession';
import { encodePath, type PathReading, readPath } from './canonicalPath';
import { canonicalRedirect } from './canonicalRedirect';
import { type RouteView, routeExists } from './routes';

export type GateDecision =
  | { action: 'pass'; cacheControl?: string }
  | { action: 'method-not-allowed' }
  | { action: 'redirect'; location: string }
  | { action: 'not-found' }
  | { action: 'bad-request' };

export type GateView = RouteView & Pick<ContentView, 'authors' | 'redirectTarget'>;

/** The widths and qualities next.config.js lets the image optimizer produce. */
export interface ImageRules {
  widths: ReadonlySet<number>;
  qualities: ReadonlySet<number>;
}

/** Everything the gate knows about a request besides its method and target. */
export interface GateContext {
  /** What readers see now. */
  readers: GateView;
  /** The asker's preview grant (from a verified session of ours, never from Next.js's cookie), and what it sees. */
  grant: PreviewGrant | null;
  view: GateView;
  /** Whether a decoded path under /_next/ is a file of this build (in development, anything Next.js serves). */
  buildFile: (path: string) => boolean;
  images: ImageRules;
}

const READ_METHODS = new Set(['GET', 'HEAD']);
/** The routes that take a body: the signed publish hook, and the view beacon's count (app/api/views). */
export const WRITABLE_PATH = '/api/revalidate';
export const VIEW_COUNT_PATH = '/api/views';
const WRITABLE_PATHS = new Set([WRITABLE_PATH, VIEW_COUNT_PATH]);
const PASS: GateDecision = { action: 'pass' };
const NOT_FOUND: GateDecision = { action: 'not-found' };
/** Content images are not fingerprinted: a day fresh, a week stale while a CDN refetches. */
const PUBLIC_IMAGE: GateDecision = {
  action: 'pass',
  cacheControl: 'public, max-age=86400, stale-while-revalidate=604800',
};
/** An editor's copy of a hidden image: no shared cache may keep it for readers. */
const PRIVATE_IMAGE: GateDecision = { action: 'pass', cacheControl: 'private, no-store' };
/** Images in public/ outside /images/, which the optimizer may resize for anyone. */
const SITE_IMAGES = new Set(['/logo.png']);

const imagesOf = (article: Pick<Article, 'image' | 'figureSizes'>) => [
  ...(article.image ? [article.image.src] : []),
  ...Object.keys(article.figureSizes),
];

const byArticles = new WeakMap<ContentView['articles'], Set<string>>();

/**
 * The files under /images/ that readers may fetch: lead images and figures of public stories, and author portraits. An
 * image only a draft or a scheduled story uses stays hidden (it would reveal the story) until that story is public.
 * Computed once per public set.
 */
function readerImages(view: GateView): Set<string> {
  let images = byArticles.get(view.articles);
  if (!images) {
    images = new Set(view.authors.map((a) => a.avatar.src));
    for (const article of view.articles) for (const src of imagesOf(article)) images.add(src);
    byArticles.set(view.articles, images);
  }
  return images;
}

/** Whether the asker may fetch an image: public (any cache may keep it), by their grant (private), or not at all. */
function imageAccess(src: string, ctx: GateContext): 'public' | 'private' | 'none' {
  if (readerImages(ctx.readers).has(src) || SITE_IMAGES.has(src)) return 'public';
  if (ctx.grant?.kind === 'desk' && src.startsWith('/images/')) return 'private';
  const story = ctx.grant?.kind === 'story' ? ctx.view.article(ctx.grant.slug) : undefined;
  return story && imagesOf(story).includes(src) ? 'private' : 'none';
}

/**
 * `/_next/image?url=…&w=…&q=…` exactly: one of each, `url` a canonical local path (the optimizer decodes it
 * again, so `%2F%2569mages…` would be `/images/…` to it), a width and a quality next.config.js allows. Anything
 * else is not a request our pages make.
 */
function optimizedImage(search: string, rules: ImageRules): string | null {
  const params = new URLSearchParams(search);
  const keys = [...params.keys()];
  if (keys.length !== 3 || new Set(keys).size !== 3) return null;
  const [url, w, q] = [params.get('url') ?? '', params.get('w') ?? '', params.get('q') ?? ''];
  const reading = readPath(url);
  if (reading.kind !== 'canonical' || !/^\d{1,4}$/.test(w) || !/^\d{1,3}$/.test(q)) return null;
  return rules.widths.has(Number(w)) && rules.qualities.has(Number(q)) ? reading.path : null;
}

/** The decision for a canonical path. */
function judge(path: string, search: string, ctx: GateContext): GateDecision {
  if (path === '/_next/image') {
    const src = optimizedImage(search, ctx.images);
    // The optimizer sets its own Cache-Control, public for a public image; a private one keeps ours.
    const access = src ? imageAccess(src, ctx) : 'none';
    return access === 'none' ? NOT_FOUND : access === 'public' ? PASS : PRIVATE_IMAGE;
  }
  if (path.startsWith('/images/')) {
    const access = imageAccess(path, ctx);
    return access === 'none' ? NOT_FOUND : access === 'public' ? PUBLIC_IMAGE : PRIVATE_IMAGE;
  }
  if (path === '/_next' || path.startsWith('/_next/')) return ctx.buildFile(path) ? PASS : NOT_FOUND;
  const location = canonicalRedirect(path, ctx.view);
  if (location) return { action: 'redirect', location };
  const segments = path.slice(1).split('/');
  if (ctx.grant?.kind === 'desk' || routeExists(segments, ctx.view)) return PASS;
  // A broken draft is in no index, yet its link's holder must see why: its own page only.
  const ownStory = ctx.grant?.kind === 'story' && segments.length === 2 && segments[1] === ctx.grant.slug;
  return ownStory ? PASS : NOT_FOUND;
}

/**
 * What to do with a request before Next.js routes it, judged on the one path Next.js would serve (canonicalPath.ts).
 * Wrong methods get 405; another spelling of a path that exists gets one 308 hop to its canonical URL, as do moved
 * stories, old slugs and case variants; any URL that names nothing the asker may see gets the 404 page without a
 * render, so made-up URLs cost nothing and store nothing in any cache. Images of stories that are not public are 404s
 * too. A preview grant opens what it names: a story's link that story, the desk everything.
 */
export function gateRequest(method: string, target: string, search: string, ctx: GateContext): GateDecision {
  const reading: PathReading = readPath(target);
  if (reading.kind === 'bad-request') return { action: 'bad-request' };
  const writable = method === 'POST' && reading.kind === 'canonical' && WRITABLE_PATHS.has(reading.path);
  if (!READ_METHODS.has(method) && !writable) return { action: 'method-not-allowed' };
  if (reading.kind === 'unservable') return NOT_FOUND;
  const decision = judge(reading.path, search, ctx);
  if (reading.kind === 'canonical') return decision;
  // Another spelling: a path that is served gets a redirect to its one spelling; it never reaches Next.js as written.
  if (decision.action === 'pass') return { action: 'redirect', location: encodePath(reading.path) };
  return decision;
}
