import { describe, expect, it } from 'vitest';
import { MAX_STORIES_PER_HOUR, MemoryViewStore } from './memoryViewStore';

const at = (iso: string) => new Date(iso);

describe('MemoryViewStore', () => {
  it('ranks the last 24 hours, most read first, ties in slug order', () => {
    const store = new MemoryViewStore();
    for (const slug of ['b', 'a', 'c', 'a', 'c', 'a']) store.add(slug, at('2026-12-08T03:10:00Z'));
    store.add('b', at('2026-12-07T04:00:00Z'));
    expect(store.top(at('2026-12-08T03:59:59Z'))).toEqual([
      { slug: 'a', count: 3 },
      { slug: 'b', count: 2 },
      { slug: 'c', count: 2 },
    ]);
  });

  it('forgets views older than 24 hours', () => {
    const store = new MemoryViewStore();
    store.add('old', at('2026-12-07T03:59:00Z'));
    store.add('new', at('2026-12-08T03:00:00Z'));
    expect(store.top(at('2026-12-08T03:30:00Z'))).toEqual([{ slug: 'new', count: 1 }]);
  });

  it('holds at most the window of hours, however long it runs', () => {
    const store = new MemoryViewStore();
    for (let h = 0; h < 100; h++) store.add('a', new Date(Date.UTC(2026, 11, 1, h)));
    expect(store.hourCount).toBe(24);
  });

  it(`holds at most ${MAX_STORIES_PER_HOUR} stories an hour; those it holds keep counting`, () => {
    const store = new MemoryViewStore();
    const now = at('2026-12-08T03:00:00Z');
    for (let i = 0; i <= 5_000; i++) store.add(`story-${i}`, now);
    store.add('story-0', now);
    const top = store.top(now);
    expect(top).toHaveLength(5_000);
    expect(top[0]).toEqual({ slug: 'story-0', count: 2 });
    expect(top.some((c) => c.slug === 'story-5000')).toBe(false);
  });
});
