import { describe, expect, it } from 'vitest';
import { grantOfPath, sessionCookie, sessionGrant, sessionHours, sessionValue } from './previewSession';
import { sign } from './signing';

const secret = 's'.repeat(40);
const now = Date.UTC(2026, 10, 27, 12);
const inAMinute = now / 1000 + 60;
const story = { kind: 'story', slug: 'harbour-wall' } as const;
const desk = { kind: 'desk' } as const;

describe('preview session cookie', () => {
  it('is HttpOnly, SameSite=Lax, and lasts 12 hours by default', () => {
    const cookie = sessionCookie(secret, story, { now, siteUrl: 'https://news.example' });
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 12 * 3600 });
    expect(sessionGrant(cookie.value, secret, now + 12 * 3600 * 1000 - 1)).toEqual(story);
    expect(sessionGrant(cookie.value, secret, now + 12 * 3600 * 1000)).toBeNull();
  });

  it('never outlives the link that started it', () => {
    const cookie = sessionCookie(secret, story, { now, until: now / 1000 + 600 });
    expect(cookie.maxAge).toBe(600);
    expect(sessionGrant(cookie.value, secret, now + 600_000)).toBeNull();
  });

  it('is Secure when SITE_URL is https, whatever address the server listens on', () => {
    expect(sessionCookie(secret, desk, { siteUrl: 'https://news.example' }).secure).toBe(true);
    expect(sessionCookie(secret, desk, { siteUrl: 'http://localhost:3000' }).secure).toBe(false);
    expect(sessionCookie(secret, desk, { siteUrl: 'http://127.0.0.1:3000' }).secure).toBe(false);
  });

  it('carries its scope: a story, or the desk', () => {
    expect(sessionGrant(sessionValue(secret, inAMinute, story), secret, now)).toEqual(story);
    expect(sessionGrant(sessionValue(secret, inAMinute, desk), secret, now)).toEqual(desk);
  });

  it('needs no percent-encoding, so the server reads it from the raw Cookie header as Next.js wrote it', () => {
    for (const grant of [story, desk]) {
      const { value } = sessionCookie(secret, grant, { now });
      expect(encodeURIComponent(value)).toBe(value);
    }
  });

  it('stops working when DRAFT_SECRET changes', () => {
    const value = sessionValue(secret, inAMinute, desk);
    expect(sessionGrant(value, 't'.repeat(40), now)).toBeNull();
    expect(sessionGrant(value, undefined, now)).toBeNull();
  });

  const storyValue = sessionValue(secret, inAMinute, story);
  const [, , storySignature] = storyValue.split('.');
  it.each([
    undefined,
    '',
    'forged',
    `${inAMinute}.desk.`,
    // A story's signature with its scope widened to the desk or another story, or its expiry pushed back.
    `${inAMinute}.desk.${storySignature}`,
    `${inAMinute}.story_other-story.${storySignature}`,
    `${inAMinute + 999_999}.story_harbour-wall.${storySignature}`,
    `${inAMinute}.story_harbour-wall.${storySignature}A`,
    `${inAMinute}.story_Harbour-Wall.${storySignature}`,
    `${inAMinute}.story_harbour-wall.${storySignature}.desk`,
    // A preview link's signature, or the unscoped session format of before, is not a session.
    `${inAMinute}.story_harbour-wall.${sign(secret, 'preview-link', '/city/harbour-wall', String(inAMinute))}`,
    `${inAMinute}.${sign(secret, 'preview-session', String(inAMinute))}`,
    `${inAMinute}.story_${'a'.repeat(400)}.${storySignature}`,
  ])('refuses %j', (value) => {
    expect(sessionGrant(value, secret, now)).toBeNull();
  });

  it('takes its length from PREVIEW_SESSION_HOURS when that is a positive number', () => {
    expect(sessionHours('2')).toBe(2);
    expect(sessionHours('nonsense')).toBe(12);
    expect(sessionHours(undefined)).toBe(12);
  });
});

describe('the grant of a link', () => {
  it('reads a link path as the grant it carries', () => {
    expect(grantOfPath('/preview')).toEqual(desk);
    expect(grantOfPath('/city/harbour-wall')).toEqual(story);
    expect(grantOfPath('/city')).toBeNull();
    expect(grantOfPath('/city/harbour-wall/live.json')).toBeNull();
  });
});
