import { describe, expect, it } from 'vitest';
import { MemoryViewStore } from './memoryViewStore';
import { ViewCounter } from './viewCounter';

const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36';
const now = new Date('2026-12-08T03:30:00Z');
const isPublic = (slug: string) => slug.startsWith('story-');
const from = (address: string) => new Headers({ 'user-agent': READER, 'x-forwarded-for': address });

describe('ViewCounter', () => {
  it('stores what the rules count, and nothing else', async () => {
    const store = new MemoryViewStore();
    const counter = new ViewCounter(store);
    expect(
      await counter.record({ headers: from('198.51.100.1'), body: 'story-a', preview: false }, isPublic, now),
    ).toBe('counted');
    const gpc = new Headers({ 'user-agent': READER, 'x-forwarded-for': '198.51.100.2', 'sec-gpc': '1' });
    expect(await counter.record({ headers: gpc, body: 'story-a', preview: false }, isPublic, now)).toBe(
      'privacy-signal',
    );
    expect(
      await counter.record({ headers: from('198.51.100.3'), body: 'made-up', preview: false }, isPublic, now),
    ).toBe('not-a-public-story');
    expect(store.top(now)).toEqual([{ slug: 'story-a', count: 1 }]);
  });

  it('allows one client 20 views a minute, made-up slugs included, then again next minute', async () => {
    const counter = new ViewCounter(new MemoryViewStore());
    const view = (body: string, at = now) =>
      counter.record({ headers: from('203.0.113.9'), body, preview: false }, isPublic, at);
    for (let i = 0; i < 10; i++) expect(await view('made-up')).toBe('not-a-public-story');
    for (let i = 0; i < 10; i++) expect(await view('story-a')).toBe('counted');
    expect(await view('story-a')).toBe('rate-limited');
    expect(
      await counter.record({ headers: from('203.0.113.10'), body: 'story-a', preview: false }, isPublic, now),
    ).toBe('counted');
    expect(await view('story-a', new Date('2026-12-08T03:31:00Z'))).toBe('counted');
  });

  it('keys the limit on the address the nearest proxy saw, not one the client wrote in front of it', async () => {
    const counter = new ViewCounter(new MemoryViewStore());
    const outcomes = [];
    for (let i = 0; i < 21; i++) {
      const headers = from(`10.0.0.${i}, 203.0.113.9`);
      outcomes.push(await counter.record({ headers, body: 'story-a', preview: false }, isPublic, now));
    }
    expect(outcomes.at(-1)).toBe('rate-limited');
  });

  it('caps one story at 600 views a minute however many addresses send them', async () => {
    const store = new MemoryViewStore();
    const counter = new ViewCounter(store);
    let counted = 0;
    for (let i = 0; i < 650; i++) {
      const outcome = await counter.record(
        { headers: from(`192.0.2.${i}`), body: 'story-b', preview: false },
        isPublic,
        now,
      );
      if (outcome === 'counted') counted++;
    }
    expect(counted).toBe(600);
    expect(store.top(now)).toEqual([{ slug: 'story-b', count: 600 }]);
  });
});
