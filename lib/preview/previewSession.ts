import { positiveNumber, site } from '@/lib/config/site';
import { SLUG_PATTERN } from '@/lib/content/slug';
import { sign, signatureMatches } from './signing';

/**
 * Our own cookie beside Next's draft-mode cookie: Next's never expires, outlives a rotated secret, and scopes nothing.
 */
export const PREVIEW_SESSION_COOKIE = 'masthead_preview';
export const DEFAULT_SESSION_HOURS = 12;
export const sessionHours = (value = process.env.PREVIEW_SESSION_HOURS) => positiveNumber(value, DEFAULT_SESSION_HOURS);

/**
 * What a preview session opens. A story's link opens that story (its live posts, its images) and nothing else, so a
 * link forwarded to a source or a lawyer is not the newsroom's unpublished work; only a desk link opens everything.
 */
export type PreviewGrant = { kind: 'desk' } | { kind: 'story'; slug: string };

const DESK_SCOPE = 'desk';
const scopeOf = (grant: PreviewGrant) => (grant.kind === 'desk' ? DESK_SCOPE : `story_${grant.slug}`);

function grantOfScope(scope: string): PreviewGrant | null {
  if (scope === DESK_SCOPE) return { kind: 'desk' };
  const slug = scope.startsWith('story_') ? scope.slice('story_'.length) : '';
  return SLUG_PATTERN.test(slug) ? { kind: 'story', slug } : null;
}

/** The grant a preview link's path carries: `/preview` is the desk, `/<section>/<slug>` that one story. */
export function grantOfPath(path: string): PreviewGrant | null {
  if (path === '/preview') return { kind: 'desk' };
  const [, , slug, ...rest] = path.split('/');
  return slug && !rest.length && SLUG_PATTERN.test(slug) ? { kind: 'story', slug } : null;
}

/**
 * `<expires>.<scope>.<signature>`, nothing a cookie serialiser would percent-encode: valid until `expires` (unix
 * seconds), for its scope, under the secret that signed it.
 */
export function sessionValue(secret: string, expires: number, grant: PreviewGrant): string {
  const scope = scopeOf(grant);
  return `${expires}.${scope}.${sign(secret, 'preview-session', String(expires), scope)}`;
}

/** The grant of a session cookie's value, or null for anything forged, expired or signed with another secret. */
export function sessionGrant(
  value: string | undefined,
  secret: string | undefined,
  now = Date.now(),
): PreviewGrant | null {
  if (!value || !secret || value.length > 300) return null;
  const match = /^(\d{1,12})\.(desk|story_[a-z0-9-]+)\.([\w-]+)$/.exec(value);
  if (!match) return null;
  const [, expires, scope, signature] = match as unknown as [string, string, string, string];
  if (!signatureMatches(signature, sign(secret, 'preview-session', expires, scope))) return null;
  return Number(expires) * 1000 > now ? grantOfScope(scope) : null;
}

/** Cookies are Secure when the site is served over https, whatever address this process listens on behind a proxy. */
export const secureCookies = (siteUrl = site.url) => siteUrl.startsWith('https:');

/**
 * The session cookie for a grant: lasts `hours` (PREVIEW_SESSION_HOURS), never past the link that started it
 * (`until`, unix seconds).
 */
export function sessionCookie(
  secret: string,
  grant: PreviewGrant,
  { hours = sessionHours(), now = Date.now(), until = Infinity, siteUrl = site.url } = {},
) {
  const nowSeconds = Math.floor(now / 1000);
  const expires = Math.min(nowSeconds + Math.round(hours * 3600), until);
  return {
    name: PREVIEW_SESSION_COOKIE,
    value: sessionValue(secret, expires, grant),
    maxAge: expires - nowSeconds,
    path: '/',
    httpOnly: true,
    secure: secureCookies(siteUrl),
    sameSite: 'lax' as const,
  };
}
