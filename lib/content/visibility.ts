import type { Article } from './types';

/** Who is looking: readers see public stories only; editors in preview see everything. */
export interface Audience {
  now: Date;
  preview: boolean;
}

export function readerAudience(now = new Date()): Audience {
  return { now, preview: false };
}

/**
 * The one gate for readers, crawlers, feeds, sitemaps, search and related lists:
 * published and due. A story scheduled for later is not public until its time.
 */
export function isPublic(article: Pick<Article, 'status' | 'publishedAt'>, now: Date): boolean {
  return article.status === 'published' && article.publishedAt.getTime() <= now.getTime();
}

export function isVisibleTo(article: Pick<Article, 'status' | 'publishedAt'>, audience: Audience): boolean {
  return audience.preview || isPublic(article, audience.now);
}

/** When the public set next changes on its own: the earliest scheduled story after `now`. */
export function nextScheduledChange(articles: readonly Article[], now: Date): Date | null {
  let next: Date | null = null;
  for (const a of articles) {
    if (a.status === 'published' && a.publishedAt > now && (!next || a.publishedAt < next)) next = a.publishedAt;
  }
  return next;
}

export function previewAudience(now = new Date()): Audience {
  return { now, preview: true };
}
