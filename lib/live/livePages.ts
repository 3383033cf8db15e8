import { type Article, articlePath, type LivePost } from '@/lib/content/types';
import { extraPages, pageHref, paginate } from '@/lib/listing/paginate';

/** Posts per page of a live story; page 1 also carries the pinned post above them. */
export const LIVE_POSTS_PER_PAGE = 20;

type Story = Pick<Article, 'section' | 'slug'>;
type Post = Pick<LivePost, 'slug' | 'pinned'>;

export interface LivePage<P extends Post> {
  /** The pinned post, on page 1 only. */
  pinned: P | undefined;
  /** This page's posts, newest first, the pinned one left out (it is never shown twice). */
  posts: P[];
  page: number;
  pageCount: number;
}

/** The pinned post stands apart; every other post runs newest first, as `posts` (newest first) gives them. */
function stream<P extends Post>(posts: readonly P[]): P[] {
  return posts.filter((p) => !p.pinned);
}

export function livePageCount(posts: readonly Post[]): number {
  return Math.max(1, Math.ceil(stream(posts).length / LIVE_POSTS_PER_PAGE));
}

/** One page of a live story's posts (newest first), or null past the last page. Page 1 always exists. */
export function livePage<P extends Post>(posts: readonly P[], page: number): LivePage<P> | null {
  const slice = paginate(stream(posts), page, LIVE_POSTS_PER_PAGE);
  if (!slice) return null;
  return {
    pinned: page === 1 ? posts.find((p) => p.pinned) : undefined,
    posts: slice.items,
    page,
    pageCount: slice.pageCount,
  };
}

/** `/<section>/<slug>` for page 1, `/<section>/<slug>/page/<n>` after it. */
export function livePagePath(story: Story, page: number): string {
  return pageHref(articlePath(story), page);
}

/**
 * Where a post's permalink lands today: the page it is on now, at its anchor. The pinned post is
 * on page 1; every later post pushes older ones along, so this changes as the story runs.
 */
export function postLocation(story: Story, posts: readonly Post[], postSlug: string): string | null {
  const post = posts.find((p) => p.slug === postSlug);
  if (!post) return null;
  const page = post.pinned ? 1 : Math.floor(stream(posts).indexOf(post) / LIVE_POSTS_PER_PAGE) + 1;
  return `${livePagePath(story, page)}#post-${post.slug}`;
}

/** The extra pages (2…n) of a live story, for generateStaticParams. */
export const extraLivePages = (posts: readonly Post[]) => extraPages(stream(posts).length, LIVE_POSTS_PER_PAGE);
