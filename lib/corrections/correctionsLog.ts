import type { Article, ArticleUpdate } from '@/lib/content/types';

export interface CorrectionEntry {
  article: Article;
  kind: 'correction' | 'clarification';
  at: Date;
  note: string;
}

const isCorrection = (u: ArticleUpdate): u is ArticleUpdate & CorrectionEntry =>
  u.kind === 'correction' || u.kind === 'clarification';

/**
 * Every correction and clarification on the given stories (pass the public ones), newest first;
 * ties broken by headline so pages and feeds list them in the same order. Routine updates are left out.
 */
export function correctionsLog(articles: Article[], now: Date): CorrectionEntry[] {
  return articles
    .flatMap((article) =>
      article.updates
        .filter(isCorrection)
        .filter((u) => u.at.getTime() <= now.getTime())
        .map((u) => ({ article, kind: u.kind, at: u.at, note: u.note })),
    )
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.article.slug.localeCompare(b.article.slug));
}
