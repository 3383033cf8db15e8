import { Fragment, type ReactElement } from 'react';
import { type Article, type Author, type LivePost, livePostPath } from '@/lib/content/types';
import { formatDate, formatTimeOfDay } from '@/lib/dates/newsroomTime';
import { Figure } from './Figure';
import { ProseBody } from './ProseBody';
import { StoryStatus } from './StoryStatus';

interface LivePostArticleProps {
  story: Pick<Article, 'section' | 'slug'>;
  post: LivePost;
  authors: Author[];
  /** The compiled MDX body (lib/mdx). */
  body: ReactElement;
  now: Date;
}

/**
 * One post of a live story, at its anchor `#post-<slug>`: time, title, byline, body, image and its
 * permalink. A draft or scheduled post (seen only in preview) says so.
 */
export function LivePostArticle({ story, post, authors, body, now }: LivePostArticleProps) {
  const permalink = livePostPath(story, post);
  const label = post.title ?? `Update at ${formatTimeOfDay(post.at)}`;
  return (
    <article
      id={`post-${post.slug}`}
      data-pinned={post.pinned || undefined}
      data-key={post.key || undefined}
      className={`scroll-mt-4 py-6 ${post.pinned ? 'border-t-4 border-kicker bg-panel px-4' : 'border-b border-rule'}`}
    >
      <header className="font-sans text-sm">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {post.pinned && <strong className="text-xs uppercase tracking-wider text-kicker">Pinned</strong>}
          {post.key && <strong className="text-xs uppercase tracking-wider">Key event</strong>}
          <StoryStatus article={{ status: post.status, publishedAt: post.at }} now={now} />
          <time dateTime={post.at.toISOString()} className="font-bold tabular-nums">
            {formatTimeOfDay(post.at)} <span className="font-normal text-muted">{formatDate(post.at)}</span>
          </time>
        </p>
        {post.title && <h3 className="mt-2 font-serif text-2xl leading-tight font-bold text-balance">{post.title}</h3>}
        <p className="mt-1 text-muted">
          By{' '}
          {authors.map((a, i) => (
            <Fragment key={a.slug}>
              {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
              <a
                href={`/authors/${a.slug}`}
                className="underline decoration-rule underline-offset-2 hover:decoration-ink"
              >
                {a.name}
              </a>
            </Fragment>
          ))}
        </p>
      </header>
      {post.image && <Figure {...post.image} sizes="(min-width: 768px) 704px, 100vw" />}
      <div className="mt-3">
        <ProseBody>{body}</ProseBody>
      </div>
      <p className="mt-3 font-sans text-sm">
        <a href={permalink} className="text-accent underline underline-offset-2">
          Link to this update<span className="sr-only">: {label}</span>
        </a>
      </p>
    </article>
  );
}
