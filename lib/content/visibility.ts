import type { Article, LivePost } from './types';

/** Who is looking: readers see public stories only; editors in preview see everything. */
export interface Audience {
  now: Date;
  preview: boolean;
}

export function readerAudience(now = new Date()): Audience {
  return { now, preview: false };
}

/** Something that goes public at its own time: a story at `publishedAt`, a live post at `at`. */
export type Scheduled = Pick<Article, 'status' | 'publishedAt'> | Pick<LivePost, 'status' | 'at'>;

const publicFrom = (item: Scheduled): Date => ('at' in item ? item.at : item.publishedAt);

/**
 * The one gate for readers, crawlers, feeds, sitemaps, search and related lists:
 * published and due. A story or post scheduled for later is not public until its time. A post
 * also needs its story to be public: `ContentView.livePosts` only answers for a visible story.
 */
export function isPublic(item: Scheduled, now: Date): boolean {
  return item.status === 'published' && publicFrom(item).getTime() <= now.getTime();
}

export function isVisibleTo(item: Scheduled, audience: Audience): boolean {
  return audience.preview || isPublic(item, audience.now);
}

/** A live story whose coverage has not ended: no `liveUntil`, or `liveUntil` still ahead. */
export function isLive(article: Pick<Article, 'format' | 'liveUntil'>, now: Date): boolean {
  return article.format === 'live' && (!article.liveUntil || now.getTime() < article.liveUntil.getTime());
}

/** When the public set next changes on its own: the earliest scheduled story or post after `now`. */
export function nextScheduledChange(items: Iterable<Scheduled>, now: Date): Date | null {
  let next: Date | null = null;
  for (const item of items) {
    const at = publicFrom(item);
    if (item.status === 'published' && at > now && (!next || at < next)) next = at;
  }
  return next;
}

export function previewAudience(now = new Date()): Audience {
  return { now, preview: true };
}
