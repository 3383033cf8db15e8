import { describe, expect, it } from 'vitest';
import { articleStub } from './testing/articleStub';
import { livePostStub } from './testing/livePostStub';
import { isLive, isPublic, isVisibleTo, nextScheduledChange } from './visibility';

const now = new Date('2026-11-25T12:00:00Z');

describe('the public-visibility gate', () => {
  it('shows a published story whose time has come', () => {
    expect(isPublic(articleStub('a', { publishedAt: new Date('2026-11-25T11:59:59Z') }), now)).toBe(true);
    expect(isPublic(articleStub('a', { publishedAt: now }), now)).toBe(true);
  });

  it('hides a draft, whatever its date', () => {
    expect(isPublic(articleStub('a', { status: 'draft', publishedAt: new Date('2020-01-01T00:00:00Z') }), now)).toBe(
      false,
    );
  });

  it('hides a scheduled story until its time, then shows it', () => {
    const scheduled = articleStub('a', { publishedAt: new Date('2026-11-25T12:00:01Z') });
    expect(isPublic(scheduled, now)).toBe(false);
    expect(isPublic(scheduled, new Date('2026-11-25T12:00:01Z'))).toBe(true);
  });

  it('lets preview see drafts and scheduled stories, and readers not', () => {
    const draft = articleStub('a', { status: 'draft' });
    expect(isVisibleTo(draft, { now, preview: true })).toBe(true);
    expect(isVisibleTo(draft, { now, preview: false })).toBe(false);
  });

  it('knows when the public set next changes on its own', () => {
    const soon = new Date('2026-11-26T06:00:00Z');
    const articles = [
      articleStub('past'),
      articleStub('draft-later', { status: 'draft', publishedAt: new Date('2026-11-25T13:00:00Z') }),
      articleStub('later', { publishedAt: new Date('2026-12-01T06:00:00Z') }),
      articleStub('soon', { publishedAt: soon }),
    ];
    expect(nextScheduledChange(articles, now)).toEqual(soon);
    expect(nextScheduledChange(articles.slice(0, 2), now)).toBeNull();
  });
});

describe('live posts and live stories', () => {
  it('a post is public when published and its time has come, like a story', () => {
    expect(isPublic(livePostStub('s', 'p', { at: now }), now)).toBe(true);
    expect(isPublic(livePostStub('s', 'p', { at: new Date('2026-11-25T12:00:01Z') }), now)).toBe(false);
    expect(isPublic(livePostStub('s', 'p', { status: 'draft' }), now)).toBe(false);
    expect(isVisibleTo(livePostStub('s', 'p', { status: 'draft' }), { now, preview: true })).toBe(true);
  });

  it('a live story is live until its liveUntil, and for ever without one; other formats never', () => {
    const until = new Date('2026-11-25T12:00:00Z');
    expect(isLive(articleStub('a', { format: 'live' }), now)).toBe(true);
    expect(isLive(articleStub('a', { format: 'live', liveUntil: until }), new Date('2026-11-25T11:59:59Z'))).toBe(true);
    expect(isLive(articleStub('a', { format: 'live', liveUntil: until }), until)).toBe(false);
    expect(isLive(articleStub('a', { format: 'news' }), now)).toBe(false);
  });

  it('a scheduled post is a scheduled change too', () => {
    const soon = new Date('2026-11-25T12:30:00Z');
    const items = [articleStub('past'), livePostStub('past', 'later', { at: soon })];
    expect(nextScheduledChange(items, now)).toEqual(soon);
    expect(nextScheduledChange([livePostStub('past', 'draft', { at: soon, status: 'draft' })], now)).toBeNull();
  });
});
