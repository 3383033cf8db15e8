import type { LivePost } from '@/lib/content/types';
import { formatDateTime } from '@/lib/dates/newsroomTime';

/** A post's headline for feeds and structured data: its title, or its time when it has none. */
export function livePostHeadline(post: Pick<LivePost, 'title' | 'at'>): string {
  return post.title ?? `Update at ${formatDateTime(post.at)}`;
}
