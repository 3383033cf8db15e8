import type { LivePost } from '@/lib/content/types';
import { parseBodyTree, plainText } from '@/lib/text/bodyTree';

/** A minimal valid live post for pure-function tests: published, not key, not pinned. */
export function livePostStub(story: string, slug: string, overrides: Partial<LivePost> = {}): LivePost {
  const body = overrides.body ?? '';
  return {
    story,
    slug,
    file: `content/live/${story}/${slug}.mdx`,
    source: body,
    body,
    at: new Date('2026-11-28T09:00:00Z'),
    authors: ['ada-vell'],
    key: false,
    pinned: false,
    status: 'published',
    figureSizes: {},
    plainText: plainText(parseBodyTree(body)),
    ...overrides,
  };
}

/** `count` published posts a minute apart, newest first (as `ContentView.livePosts` gives them): `post-<n>`. */
export function livePostRun(story: string, count: number, from = new Date('2026-11-28T09:00:00Z')): LivePost[] {
  return Array.from({ length: count }, (_, i) =>
    livePostStub(story, `post-${count - i}`, { at: new Date(from.getTime() + (count - 1 - i) * 60_000) }),
  );
}
