import { describe, expect, it } from 'vitest';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import { extraLivePages, livePage, livePageCount, livePagePath, postLocation } from './livePages';
import { livePostRun } from './testing/livePostRun';

const story = { section: 'city', slug: 'storm-live' };
// 45 posts, newest first: post-45 … post-1; post-30 is pinned, so 44 run in the stream.
const posts = livePostRun('storm-live', 45).map((p) => (p.slug === 'post-30' ? { ...p, pinned: true } : p));
const slugs = (list: { slug: string }[]) => list.map((p) => p.slug);

describe('live story pages', () => {
  it('puts the pinned post above page 1 only and never in the stream', () => {
    const first = livePage(posts, 1)!;
    expect(first.pinned?.slug).toBe('post-30');
    expect(first.posts).toHaveLength(20);
    expect([first.posts[0]!.slug, first.posts.at(-1)!.slug]).toEqual(['post-45', 'post-25']);
    expect(slugs(first.posts)).not.toContain('post-30');
    expect(livePage(posts, 2)!.pinned).toBeUndefined();
  });

  it('runs 20 posts a page, newest first, and has no page past the last', () => {
    expect(livePageCount(posts)).toBe(3);
    const page2 = slugs(livePage(posts, 2)!.posts);
    expect(page2).toHaveLength(20);
    expect([page2[0], page2.at(-1)]).toEqual(['post-24', 'post-5']);
    expect(slugs(livePage(posts, 3)!.posts)).toEqual(['post-4', 'post-3', 'post-2', 'post-1']);
    expect(livePage(posts, 4)).toBeNull();
    expect(extraLivePages(posts)).toEqual(['2', '3']);
  });

  it('has a page 1 even before the first post', () => {
    expect(livePage([], 1)).toEqual({ pinned: undefined, posts: [], page: 1, pageCount: 1 });
    expect(extraLivePages([])).toEqual([]);
  });

  it('builds page URLs the way listings do', () => {
    expect(livePagePath(story, 1)).toBe('/city/storm-live');
    expect(livePagePath(story, 3)).toBe('/city/storm-live/page/3');
  });
});

describe('where a permalink lands', () => {
  it('on the page a post is on now, at its anchor', () => {
    expect(postLocation(story, posts, 'post-45')).toBe('/city/storm-live#post-post-45');
    expect(postLocation(story, posts, 'post-25')).toBe('/city/storm-live#post-post-25');
    expect(postLocation(story, posts, 'post-24')).toBe('/city/storm-live/page/2#post-post-24');
    expect(postLocation(story, posts, 'post-1')).toBe('/city/storm-live/page/3#post-post-1');
  });

  it('on page 1 for the pinned post, however old', () => {
    expect(postLocation(story, posts, 'post-30')).toBe('/city/storm-live#post-post-30');
  });

  it('one page further once 20 more posts have arrived', () => {
    const later = [...livePostRun('storm-live', 20).map((p) => ({ ...p, slug: `late-${p.slug}` })), ...posts];
    expect(postLocation(story, later, 'post-45')).toBe('/city/storm-live/page/2#post-post-45');
  });

  it('nowhere for a post that is not in the list (unknown, or hidden from this reader)', () => {
    expect(postLocation(story, posts, 'post-99')).toBeNull();
    expect(postLocation(story, [livePostStub('storm-live', 'only')], 'other')).toBeNull();
  });
});
