import { describe, expect, it } from 'vitest';
import { busyResponse } from './busyResponse';

describe('the busy answer', () => {
  it('is a 503 that no cache keeps, with Retry-After, as a short HTML page', async () => {
    const res = busyResponse();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = await res.text();
    expect(body).toContain('<title>Search is busy</title>');
    expect(body.length).toBeLessThan(600);
  });
});
