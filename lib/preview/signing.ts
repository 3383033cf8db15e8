import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 over a purpose and its fields, base64url. The purpose keeps one kind of token from
 * passing for another (a link's signature is never a valid session, and the other way round).
 */
export function sign(secret: string, purpose: string, ...fields: string[]): string {
  return createHmac('sha256', secret)
    .update([purpose, ...fields].join('\n'))
    .digest('base64url');
}

/** Constant time for equal lengths; a different length is simply wrong. */
export function signatureMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
