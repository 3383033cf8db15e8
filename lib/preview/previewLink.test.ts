import { describe, expect, it } from 'vitest';
import { previewLinkPath, previewLinkUrl, verifyPreviewLink } from './previewLink';

const secret = 'p'.repeat(40);
const now = Date.UTC(2026, 10, 27, 12);
const inAnHour = now / 1000 + 3600;

function paramsOf(link: string) {
  const q = new URL(link, 'http://x/').searchParams;
  return { path: q.get('path'), expires: q.get('expires'), sig: q.get('sig') };
}

describe('preview links', () => {
  it('print as an absolute URL to /api/draft, expiring after 72 hours by default, without the secret', () => {
    const url = previewLinkUrl('https://news.example', '/city/harbour-wall', secret, { now });
    expect(url.startsWith('https://news.example/api/draft?path=%2Fcity%2Fharbour-wall&expires=')).toBe(true);
    expect(url).not.toContain(secret);
    expect(Number(paramsOf(url).expires)).toBe(now / 1000 + 72 * 3600);
    expect(Number(paramsOf(previewLinkUrl('https://x', '/preview', secret, { now, hours: 2 })).expires)).toBe(
      now / 1000 + 7200,
    );
  });

  it('open their own path until they expire', () => {
    const params = paramsOf(previewLinkPath('/city/harbour-wall', inAnHour, secret));
    expect(verifyPreviewLink(params, secret, now)).toEqual({ ok: true, path: '/city/harbour-wall', expires: inAnHour });
    expect(verifyPreviewLink(params, secret, inAnHour * 1000)).toEqual({ ok: false, reason: 'the link has expired' });
  });

  it('open no other path, with no other expiry, under no other secret', () => {
    const params = paramsOf(previewLinkPath('/city/harbour-wall', inAnHour, secret));
    expect(verifyPreviewLink({ ...params, path: '/city/other-story' }, secret, now).ok).toBe(false);
    expect(verifyPreviewLink({ ...params, path: '/preview' }, secret, now).ok).toBe(false);
    expect(verifyPreviewLink({ ...params, expires: String(inAnHour + 3600) }, secret, now).ok).toBe(false);
    expect(verifyPreviewLink({ ...params, sig: `${params.sig}A` }, secret, now).ok).toBe(false);
    expect(verifyPreviewLink(params, 'q'.repeat(40), now).ok).toBe(false);
  });

  it('last at most seven days, however they were signed', () => {
    expect(() => previewLinkUrl('https://x', '/preview', secret, { now, hours: 169 })).toThrow(RangeError);
    expect(() => previewLinkUrl('https://x', '/preview', secret, { now, hours: 0 })).toThrow(RangeError);
    const week = now / 1000 + 7 * 24 * 3600;
    expect(verifyPreviewLink(paramsOf(previewLinkPath('/preview', week, secret)), secret, now).ok).toBe(true);
    expect(verifyPreviewLink(paramsOf(previewLinkPath('/preview', week + 1, secret)), secret, now)).toEqual({
      ok: false,
      reason: 'the link lasts too long',
    });
  });

  it.each([
    { path: null, expires: null, sig: null },
    { path: '/city/harbour-wall', expires: null, sig: 'x' },
    { path: '/city/harbour-wall', expires: '1e12', sig: 'x' },
    { path: '/city/harbour-wall', expires: '-1', sig: 'x' },
  ])('refuses %j', (params) => {
    expect(verifyPreviewLink(params, secret, now).ok).toBe(false);
  });
});
