import type { Article } from '@/lib/content/types';
import { isPublic } from '@/lib/content/visibility';
import { Timestamp } from './Timestamp';

/** "Draft" or "Scheduled for …" on a story readers cannot see yet; nothing on a public one. */
export function StoryStatus({ article, now }: { article: Pick<Article, 'status' | 'publishedAt'>; now: Date }) {
  if (isPublic(article, now)) return null;
  return (
    <span
      data-status={article.status === 'draft' ? 'draft' : 'scheduled'}
      className={
        'inline-block rounded bg-kicker px-2 py-0.5 font-sans text-xs font-semibold uppercase tracking-wide ' +
        'text-paper'
      }
    >
      {article.status === 'draft' ? (
        'Draft'
      ) : (
        <>
          Scheduled for <Timestamp date={article.publishedAt} />
        </>
      )}
    </span>
  );
}
