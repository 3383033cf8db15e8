import type { Article } from '@/lib/content/types';
import { Timestamp } from './Timestamp';

export function Dateline({ article }: { article: Article }) {
  const revised = article.modifiedAt > article.publishedAt;
  return (
    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm text-muted">
      <span>
        Published <Timestamp date={article.publishedAt} />
      </span>
      {revised && (
        <span>
          Last updated <Timestamp date={article.modifiedAt} />
        </span>
      )}
      <span>{article.readingMinutes} min read</span>
    </p>
  );
}
