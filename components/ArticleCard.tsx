import { type Article, articlePath, type Section } from '@/lib/content/types';
import { isLive } from '@/lib/content/visibility';
import { FormatLabel } from './FormatLabel';
import { ResponsiveImage } from './ResponsiveImage';
import { StoryStatus } from './StoryStatus';
import { Timestamp } from './Timestamp';

interface ArticleCardProps {
  article: Article;
  section?: Section;
  variant?: 'lead' | 'standard' | 'compact';
  /** Only the first card of a page may be its LCP image. */
  priority?: boolean;
  headingLevel?: 'h2' | 'h3';
}

const REVISED = { update: 'Updated', correction: 'Corrected', clarification: 'Clarified' } as const;

const HEADLINE = {
  lead: 'text-3xl sm:text-4xl font-bold leading-tight',
  standard: 'text-xl font-semibold leading-snug',
  compact: 'text-base font-semibold leading-snug',
};

export function ArticleCard({
  article,
  section,
  variant = 'standard',
  priority = false,
  headingLevel: Heading = 'h3',
}: ArticleCardProps) {
  const revised = article.updates[0];
  // Like StoryStatus, judged when the page renders: pages regenerate every publishing interval.
  const now = new Date();
  const live = isLive(article, now);
  const hasLabel = article.format !== 'news' && (article.format !== 'live' || live);
  return (
    <article className={variant === 'lead' ? 'grid gap-4 md:grid-cols-5' : ''} data-slug={article.slug}>
      {article.image && variant !== 'compact' && (
        // A phone shows the lead's headline first and its picture below, so the news is on the first screen.
        <div className={variant === 'lead' ? 'order-last md:order-none md:col-span-3' : 'mb-3'}>
          <ResponsiveImage
            {...article.image}
            sizes={variant === 'lead' ? '(min-width: 768px) 660px, 100vw' : '(min-width: 768px) 360px, 100vw'}
            priority={priority}
            className="aspect-[16/9] h-auto w-full bg-panel object-cover"
          />
        </div>
      )}
      <div className={variant === 'lead' ? 'md:col-span-2' : ''}>
        {(section || hasLabel) && (
          <p
            className={
              'flex flex-wrap items-center gap-2 font-sans text-xs font-semibold uppercase tracking-wider ' +
              'text-kicker'
            }
          >
            <FormatLabel format={article.format} live={live} />
            {section?.title}
          </p>
        )}
        <Heading className={`mt-1 font-serif ${HEADLINE[variant]}`}>
          <a href={articlePath(article)} className="headline-link">
            {article.title}
          </a>
        </Heading>
        {variant !== 'compact' && <p className="mt-2 leading-snug text-muted">{article.dek}</p>}
        <p className="mt-2 font-sans text-xs text-muted">
          <StoryStatus article={article} now={now} />{' '}
          {revised ? (
            <span className="font-semibold text-accent">
              {REVISED[revised.kind]} <Timestamp date={revised.at} />
            </span>
          ) : (
            <Timestamp date={article.publishedAt} />
          )}
        </p>
      </div>
    </article>
  );
}
