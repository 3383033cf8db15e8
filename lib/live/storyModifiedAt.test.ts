import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import { viewOf } from '@/lib/content/testing/viewOf';
import { readerAudience } from '@/lib/content/visibility';
import { storyModifiedAt } from './storyModifiedAt';

const story = articleStub('fire-live', {
  format: 'live',
  publishedAt: new Date('2026-11-25T05:40:00Z'),
  modifiedAt: new Date('2026-11-25T05:40:00Z'),
});
const post = (slug: string, at: string, status: 'published' | 'draft' = 'published') =>
  livePostStub('fire-live', slug, { at: new Date(at), status });

describe('storyModifiedAt', () => {
  it('is the newest post when it is later than the story’s own last change, whatever the order', () => {
    const posts = [
      post('a', '2026-11-25T06:04:00Z'),
      post('b', '2026-11-25T18:20:00Z'),
      post('c', '2026-11-25T09:06:00Z'),
    ];
    expect(storyModifiedAt(story, posts).toISOString()).toBe('2026-11-25T18:20:00.000Z');
  });

  it('is the story’s own update when that is later than every post, and its own date with no posts', () => {
    const revised = { ...story, modifiedAt: new Date('2026-11-26T08:00:00Z') };
    expect(storyModifiedAt(revised, [post('a', '2026-11-25T18:20:00Z')]).toISOString()).toBe(
      '2026-11-26T08:00:00.000Z',
    );
    expect(storyModifiedAt(story, []).toISOString()).toBe('2026-11-25T05:40:00.000Z');
  });

  it('counts only the posts readers see: a draft or a post scheduled for later does not date the story', () => {
    const livePosts = [
      post('published', '2026-11-25T18:20:00Z'),
      post('draft', '2026-11-25T19:05:00Z', 'draft'),
      post('scheduled', '2027-03-01T06:00:00Z'),
    ];
    const readers = viewOf({ articles: [story], livePosts }, readerAudience(new Date('2026-12-08T03:00:00Z')));
    expect(storyModifiedAt(story, readers.livePosts('fire-live')).toISOString()).toBe('2026-11-25T18:20:00.000Z');
  });
});
