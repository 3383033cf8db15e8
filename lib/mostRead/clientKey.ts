import { createHmac, randomBytes } from 'node:crypto';

/** New with every process and never written anywhere, so a key cannot be turned back into an address. */
const PROCESS_SALT = randomBytes(32);

/**
 * An opaque key for the rate limit: a keyed hash of the client address as the nearest proxy saw it (the last
 * X-Forwarded-For hop: nginx appends it, Next.js sets it from the socket when there is no proxy). Held in memory for
 * a minute at most (RateLimit), never stored; the address itself is not kept at all.
 */
export function clientKey(headers: Headers, salt: Uint8Array = PROCESS_SALT): string {
  const hops = (headers.get('x-forwarded-for') ?? '').split(',');
  const address = hops[hops.length - 1]!.trim() || 'unknown';
  return createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);
}
