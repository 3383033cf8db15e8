import { sign, signatureMatches } from './signing';

export const DEFAULT_LINK_HOURS = 72;
/** A link is a key to unpublished work in someone's inbox: it must stop working within a week. */
export const MAX_LINK_HOURS = 7 * 24;

export type LinkVerdict = { ok: true; path: string; expires: number } | { ok: false; reason: string };

const signLink = (path: string, expires: number, secret: string) => sign(secret, 'preview-link', path, String(expires));

/**
 * `/api/draft?path=…&expires=…&sig=…` for one path: the signature binds the path and the expiry
 * (unix seconds), so the link opens nothing else and nothing after it expires. It never carries the secret.
 */
export function previewLinkPath(path: string, expires: number, secret: string): string {
  const query = new URLSearchParams({ path, expires: String(expires), sig: signLink(path, expires, secret) });
  return `/api/draft?${query}`;
}

export function previewLinkUrl(
  siteUrl: string,
  path: string,
  secret: string,
  { hours = DEFAULT_LINK_HOURS, now = Date.now() } = {},
): string {
  if (!(hours > 0 && hours <= MAX_LINK_HOURS))
    throw new RangeError(`a preview link lasts at most ${MAX_LINK_HOURS} hours`);
  const expires = Math.floor(now / 1000 + hours * 3600);
  return new URL(previewLinkPath(path, expires, secret), `${siteUrl}/`).toString();
}

/** Whether a link's query (`path`, `expires`, `sig`) is one we signed for that path, unexpired, and within the cap. */
export function verifyPreviewLink(
  { path, expires, sig }: Record<'path' | 'expires' | 'sig', string | null>,
  secret: string,
  now = Date.now(),
): LinkVerdict {
  if (!path || !expires || !sig) return { ok: false, reason: 'not a signed preview link' };
  if (!/^\d{1,12}$/.test(expires)) return { ok: false, reason: 'bad expiry' };
  if (!signatureMatches(sig, signLink(path, Number(expires), secret))) return { ok: false, reason: 'bad signature' };
  if (Number(expires) * 1000 <= now) return { ok: false, reason: 'the link has expired' };
  // Signed before the cap, or by hand: still refused.
  if (Number(expires) * 1000 > now + MAX_LINK_HOURS * 3600_000) return { ok: false, reason: 'the link lasts too long' };
  return { ok: true, path, expires: Number(expires) };
}
