import type { Article, Section } from '@/lib/content/types';
import { ArticleCard } from './ArticleCard';

/** A listing of stories, the first one leading. */
export function ArticleList(props: { articles: Article[]; sections: Map<string, Section>; emptyText: string }) {
  const { articles, sections, emptyText } = props;
  const [lead, ...rest] = articles;
  if (!lead) return <p className="font-sans text-muted">{emptyText}</p>;
  return (
    <div data-testid="article-list">
      <ArticleCard article={lead} section={sections.get(lead.section)} variant="lead" priority headingLevel="h2" />
      <div className="mt-8 grid gap-x-8 gap-y-10 border-t border-rule pt-8 sm:grid-cols-2 lg:grid-cols-3">
        {rest.map((a) => (
          <ArticleCard key={a.slug} article={a} section={sections.get(a.section)} headingLevel="h2" />
        ))}
      </div>
    </div>
  );
}
