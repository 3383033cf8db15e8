import type { LivePost } from '../types';

/** A minimal valid live post for pure-function tests. */
export function livePostStub(story: string, slug: string, overrides: Partial<LivePost> = {}): LivePost {
  return {
    story,
    slug,
    file: `content/live/${story}/${slug}.mdx`,
    source: '',
    body: '',
    at: new Date('2026-11-01T10:00:00Z'),
    authors: ['ada-vell'],
    key: false,
    pinned: false,
    status: 'published',
    figureSizes: {},
    plainText: '',
    ...overrides,
  };
}
