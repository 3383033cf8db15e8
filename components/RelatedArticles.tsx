import { type Article, articlePath, type Section } from '@/lib/content/types';
import { isLive } from '@/lib/content/visibility';
import { FormatLabel } from './FormatLabel';
import { Timestamp } from './Timestamp';

export function RelatedArticles({ articles, sections }: { articles: Article[]; sections: Map<string, Section> }) {
  if (!articles.length) return null;
  // Judged when the page renders, like every card: pages regenerate every publishing interval.
  const now = new Date();
  return (
    <aside aria-labelledby="related-heading" className="border-t-4 border-ink pt-3">
      <h2 id="related-heading" className="font-sans text-sm font-bold uppercase tracking-wider">
        Related stories
      </h2>
      <ol className="mt-2 divide-y divide-rule" data-testid="related">
        {articles.map((a) => (
          <li key={a.slug} className="py-3">
            <p
              className={
                'flex flex-wrap items-center gap-2 font-sans text-xs font-semibold uppercase tracking-wide ' +
                'text-kicker'
              }
            >
              {isLive(a, now) && <FormatLabel format="live" live />}
              {sections.get(a.section)?.title}
            </p>
            <a href={articlePath(a)} className="headline-link mt-0.5 block text-lg leading-snug font-semibold">
              {a.title}
            </a>
            <p className="mt-1 font-sans text-xs text-muted">
              <Timestamp date={a.publishedAt} style="date" />
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
