import { describe, expect, it } from 'vitest';
import { sessionCookie, sessionHours, sessionIsValid, sessionValue } from './previewSession';
import { sign } from './signing';

const secret = 's'.repeat(40);
const now = Date.UTC(2026, 10, 27, 12);

describe('preview session cookie', () => {
  it('is HttpOnly, SameSite=Lax, and lasts 12 hours by default', () => {
    const cookie = sessionCookie(secret, 'news.example', { now });
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 12 * 3600 });
    expect(sessionIsValid(cookie.value, secret, now + 12 * 3600 * 1000 - 1)).toBe(true);
    expect(sessionIsValid(cookie.value, secret, now + 12 * 3600 * 1000)).toBe(false);
  });

  it('is Secure except on localhost', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) expect(sessionCookie(secret, host).secure).toBe(false);
    expect(sessionCookie(secret, 'localhost.evil.example').secure).toBe(true);
  });

  it('stops working when DRAFT_SECRET changes', () => {
    const value = sessionValue(secret, now / 1000 + 60);
    expect(sessionIsValid(value, secret, now)).toBe(true);
    expect(sessionIsValid(value, 't'.repeat(40), now)).toBe(false);
    expect(sessionIsValid(value, undefined, now)).toBe(false);
  });

  it.each([
    undefined,
    '',
    'forged',
    `${now / 1000 + 60}.`,
    `${now / 1000 + 999_999}.${sessionValue(secret, now / 1000 + 60).split('.')[1]}`,
    // A preview link's signature is not a session.
    `${now / 1000 + 60}.${sign(secret, 'preview-link', String(now / 1000 + 60))}`,
  ])('refuses %j', (value) => {
    expect(sessionIsValid(value, secret, now)).toBe(false);
  });

  it('takes its length from PREVIEW_SESSION_HOURS when that is a positive number', () => {
    expect(sessionHours('2')).toBe(2);
    expect(sessionHours('nonsense')).toBe(12);
    expect(sessionHours(undefined)).toBe(12);
  });
});
