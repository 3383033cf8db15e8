import type { Article, LivePost } from './types';

/**
 * Who is looking: readers see public stories only; editors in preview through the desk see everything; the holder of
 * one story's preview link sees what is public and that story (`story`), with its posts.
 */
export interface Audience {
  now: Date;
  preview: boolean;
  story?: string;
}

export function readerAudience(now = new Date()): Audience {
  return { now, preview: false };
}

/** Something that goes public at its own time: a story at `publishedAt`, a live post at `at`. */
export type Scheduled = Pick<Article, 'status' | 'publishedAt'> | Pick<LivePost, 'status' | 'at'>;
/** A story, or a post that names its story. */
type StoryItem = Pick<Article, 'status' | 'publishedAt' | 'slug'> | Pick<LivePost, 'status' | 'at' | 'story'>;

const publicFrom = (item: Scheduled): Date => ('at' in item ? item.at : item.publishedAt);

/**
 * The one gate for readers, crawlers, feeds, sitemaps, search and related lists:
 * published and due. A story or post scheduled for later is not public until its time. A post
 * also needs its story to be public: `ContentView.livePosts` only answers for a visible story.
 */
export function isPublic(item: Scheduled, now: Date): boolean {
  return item.status === 'published' && publicFrom(item).getTime() <= now.getTime();
}

/** Everything, drafts and every file's problems: an editor at the desk, not a story link's holder. */
export const seesEverything = (audience: Audience): boolean => audience.preview && audience.story === undefined;

export function isVisibleTo(item: StoryItem, audience: Audience): boolean {
  if (isPublic(item, audience.now) || seesEverything(audience)) return true;
  return audience.preview && ('at' in item ? item.story : item.slug) === audience.story;
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

/** An editor's view: everything, or with `story` one story's link holder's. */
export function previewAudience(now = new Date(), story?: string): Audience {
  return story === undefined ? { now, preview: true } : { now, preview: true, story };
}
