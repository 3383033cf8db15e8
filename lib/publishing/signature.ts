import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_CLOCK_SKEW_SECONDS = 300;

/** `sha256=<hex>` of "<unix seconds>.<body>", so a captured signature cannot be reused with another timestamp. */
export function signBody(body: string, timestamp: number, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What `npm run publish` sends: the server re-reads the whole content directory, so it needs no
 * file list; the nonce makes two publishes in one second distinct requests, not replays.
 */
export const publishBody = () => JSON.stringify({ nonce: randomUUID() });

export const SIGNATURE_HEADER = 'x-masthead-signature';
export const TIMESTAMP_HEADER = 'x-masthead-timestamp';

const unixSeconds = () => Math.floor(Date.now() / 1000);

/** The headers that sign `body` at `timestamp` (unix seconds), as POST /api/revalidate checks them. */
export function signedHeaders(body: string, secret: string, timestamp = unixSeconds()): Record<string, string> {
  return {
    'content-type': 'application/json',
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signBody(body, timestamp, secret),
  };
}

/** The one publish request (`npm run publish`, the benches, the browser tests): a fresh body, signed now. */
export function publishRequest(secret: string, timestamp = unixSeconds()) {
  const body = publishBody();
  return { method: 'POST', headers: signedHeaders(body, secret, timestamp), body } as const;
}

export type Verdict = { ok: true } | { ok: false; status: 401 | 409; reason: string };

/**
 * Checks signature (constant time), freshness and replays. `seen` remembers signatures inside
 * the freshness window; a replay of a valid request is refused even within it.
 */
export function verifySignedBody(
  body: string,
  headers: { signature: string | null; timestamp: string | null },
  secret: string,
  now: number,
  seen: Map<string, number>,
): Verdict {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(ts))
    return { ok: false, status: 401, reason: 'missing signature or timestamp' };
  if (Math.abs(now - ts) > MAX_CLOCK_SKEW_SECONDS)
    return { ok: false, status: 401, reason: 'timestamp outside the allowed window' };
  const expected = Buffer.from(signBody(body, ts, secret));
  const given = Buffer.from(headers.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, status: 401, reason: 'bad signature' };
  for (const [sig, at] of seen) if (now - at > MAX_CLOCK_SKEW_SECONDS) seen.delete(sig);
  if (seen.has(headers.signature)) return { ok: false, status: 409, reason: 'this request was already received' };
  seen.set(headers.signature, now);
  return { ok: true };
}
