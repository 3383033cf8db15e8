import type { ContentView } from '@/lib/content/contentView';
import { canonicalRedirect, isKnownMissing } from './canonicalRedirect';

export type GateDecision =
  | { action: 'pass' }
  | { action: 'method-not-allowed' }
  | { action: 'redirect'; location: string }
  | { action: 'not-found' };

const READ_METHODS = new Set(['GET', 'HEAD']);
/** The one route that takes a body: the signed publish hook. */
export const WRITABLE_PATH = '/api/revalidate';
/** Fingerprinted assets, optimised images and public files: never a page, never redirected. */
const ASSET_PREFIXES = ['/_next/static/', '/_next/image', '/images/'];
const PASS: GateDecision = { action: 'pass' };

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

/**
 * What to do with a request before Next.js routes it: wrong methods get 405, moved stories, old
 * slugs and case variants one 308 hop to their canonical URL, and made-up section, story, topic
 * and author URLs the 404 page without a render (so they cost nothing and fill no cache).
 * Editors in preview (`inPreview`) may open drafts, so they skip the 404 shortcut.
 */
export function gateRequest(method: string, pathname: string, inPreview: boolean, view: ContentView): GateDecision {
  if (!READ_METHODS.has(method) && !(method === 'POST' && pathname === WRITABLE_PATH))
    return { action: 'method-not-allowed' };
  if (ASSET_PREFIXES.some((prefix) => pathname.startsWith(prefix)) || !isNormalPath(pathname)) return PASS;
  const location = canonicalRedirect(pathname, view);
  if (location) return { action: 'redirect', location };
  if (!inPreview && isKnownMissing(pathname, view)) return { action: 'not-found' };
  return PASS;
}
