import { describe, expect, it } from 'vitest';
import { articleStub } from './testing/articleStub';
import { isPublic, isVisibleTo, nextScheduledChange } from './visibility';

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
