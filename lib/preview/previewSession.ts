import { positiveNumber } from '@/lib/config/site';
import { sign, signatureMatches } from './signing';

/** Our own cookie beside Next's draft-mode cookie: Next's never expires and outlives a rotated secret. */
export const PREVIEW_SESSION_COOKIE = 'masthead_preview';
export const DEFAULT_SESSION_HOURS = 12;

export const sessionHours = (value = process.env.PREVIEW_SESSION_HOURS) => positiveNumber(value, DEFAULT_SESSION_HOURS);

/** `<expires>.<signature>`: valid until `expires` (unix seconds), and only under the secret that signed it. */
export function sessionValue(secret: string, expires: number): string {
  return `${expires}.${sign(secret, 'preview-session', String(expires))}`;
}

export function sessionIsValid(value: string | undefined, secret: string | undefined, now = Date.now()): boolean {
  if (!value || !secret) return false;
  const match = /^(\d{1,12})\.([\w-]+)$/.exec(value);
  if (!match) return false;
  const [, expires, signature] = match as unknown as [string, string, string];
  return signatureMatches(signature, sign(secret, 'preview-session', expires)) && Number(expires) * 1000 > now;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The session cookie's attributes: Secure everywhere but a developer's own machine (plain http there). */
export function sessionCookie(secret: string, hostname: string, { hours = sessionHours(), now = Date.now() } = {}) {
  const maxAge = Math.round(hours * 3600);
  return {
    name: PREVIEW_SESSION_COOKIE,
    value: sessionValue(secret, Math.floor(now / 1000) + maxAge),
    maxAge,
    path: '/',
    httpOnly: true,
    secure: !LOCAL_HOSTS.has(hostname),
    sameSite: 'lax' as const,
  };
}
