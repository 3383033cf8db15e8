import { describe, expect, it } from 'vitest';
import { publishBody, publishRequest, signBody, verifySignedBody } from './signature';

const secret = 's'.repeat(40);
const body = '{"files":["content/articles/x.mdx"]}';
const now = 1_800_000_000;

describe('signed publish requests', () => {
  it('accepts a fresh, correctly signed body once', () => {
    const seen = new Map<string, number>();
    const headers = { signature: signBody(body, now, secret), timestamp: String(now) };
    expect(verifySignedBody(body, headers, secret, now + 5, seen)).toEqual({ ok: true });
    expect(verifySignedBody(body, headers, secret, now + 6, seen)).toMatchObject({ ok: false, status: 409 });
  });

  it('refuses a wrong secret, a changed body, a changed timestamp', () => {
    const seen = new Map<string, number>();
    const signature = signBody(body, now, secret);
    expect(
      verifySignedBody(
        body,
        { signature: signBody(body, now, 'x'.repeat(40)), timestamp: String(now) },
        secret,
        now,
        seen,
      ).ok,
    ).toBe(false);
    expect(verifySignedBody(`${body} `, { signature, timestamp: String(now) }, secret, now, seen).ok).toBe(false);
    expect(verifySignedBody(body, { signature, timestamp: String(now + 1) }, secret, now, seen).ok).toBe(false);
  });

  it('refuses stale or future timestamps and missing headers', () => {
    const seen = new Map<string, number>();
    const old = now - 301;
    expect(
      verifySignedBody(body, { signature: signBody(body, old, secret), timestamp: String(old) }, secret, now, seen),
    ).toMatchObject({ status: 401 });
    expect(verifySignedBody(body, { signature: null, timestamp: String(now) }, secret, now, seen)).toMatchObject({
      status: 401,
    });
    expect(verifySignedBody(body, { signature: 'sha256=00', timestamp: 'soon' }, secret, now, seen)).toMatchObject({
      status: 401,
    });
  });
});

describe('the publish body', () => {
  it('carries only a nonce: the server reads no file list', () => {
    const first = JSON.parse(publishBody());
    expect(Object.keys(first)).toEqual(['nonce']);
    expect(JSON.parse(publishBody()).nonce).not.toBe(first.nonce);
  });
});

describe('the publish request', () => {
  it('is a JSON POST whose headers the route accepts, once', () => {
    const request = publishRequest(secret, now);
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-masthead-timestamp']).toBe('1800000000');
    const headers = { signature: request.headers['x-masthead-signature'] ?? null, timestamp: '1800000000' };
    const seen = new Map<string, number>();
    expect(verifySignedBody(request.body, headers, secret, now + 1, seen)).toEqual({ ok: true });
    expect(verifySignedBody(request.body, headers, secret, now + 2, seen)).toMatchObject({ ok: false, status: 409 });
  });

  it('differs from the last one sent in the same second', () => {
    expect(publishRequest(secret, now).body).not.toBe(publishRequest(secret, now).body);
  });
});
