import type { ReactElement } from 'react';
import { absoluteUrl } from '@/lib/config/site';
import { type Article, type Author, articlePath, type LivePost, type Section } from '@/lib/content/types';
import { type LivePage, livePagePath } from '@/lib/live/livePages';
import { AuthorBox } from './AuthorBox';
import { Breadcrumbs } from './Breadcrumbs';
import { Byline } from './Byline';
import { Figure } from './Figure';
import { KeyEvents } from './KeyEvents';
import { LiveBadge } from './LiveBadge';
import { LiveEndedNotice } from './LiveEndedNotice';
import { LivePostArticle } from './LivePostArticle';
import { LiveUpdates } from './LiveUpdates';
import { Pagination } from './Pagination';
import { ProseBody } from './ProseBody';
import { ShareLinks } from './ShareLinks';
import { StoryHeader } from './StoryHeader';
import { TextSize } from './TextSize';
import { Timestamp } from './Timestamp';
import { TopicTags } from './TopicTags';
import { UpdateBanner } from './UpdateBanner';

interface LiveStoryProps {
  story: Article;
  section: Section;
  authors: Author[];
  /** Whether the coverage is still running (`isLive`); an ended story is an archive. */
  live: boolean;
  now: Date;
  /** The story's own body, the summary above the posts (page 1 only). */
  summary: ReactElement;
  keyEvents: LivePost[];
  /** The newest post the reader can see, which dates the blog. */
  newest: LivePost | undefined;
  page: LivePage<LivePost>;
  /** Compiled bodies of the posts on this page, by slug. */
  bodies: ReadonlyMap<string, ReactElement>;
  /** Every author, by slug: posts have bylines of their own. */
  authorOf: (slug: string) => Author;
  /** The island's settings, on page 1 of a running story for readers; null elsewhere. */
  updates: { manifestPath: string; pollSeconds: number; count: number } | null;
}

/**
 * A live story at `/<section>/<slug>` (page 1) or `…/page/<n>`: header with the "Live" label while it
 * runs (an archive notice once it has ended), the summary, key events, the pinned post, then the posts
 * newest first, 20 a page, and the "N new updates" island on page 1 while live.
 */
export function LiveStory(props: LiveStoryProps) {
  const { story, section, authors, live, now, keyEvents, newest, page, bodies, authorOf, updates } = props;
  const first = page.page === 1;
  const post = (p: LivePost) => (
    <LivePostArticle
      key={p.slug}
      story={story}
      post={p}
      authors={p.authors.map(authorOf)}
      body={bodies.get(p.slug)!}
      now={now}
    />
  );
  return (
    <article className="min-w-0 max-w-[44rem]" data-format="live">
      <Breadcrumbs
        items={[{ name: 'Home', href: '/' }, { name: section.title, href: `/${section.slug}` }, { name: story.title }]}
      />
      <StoryHeader story={story} section={section} now={now} label={live && <LiveBadge />} />
      {!live && story.liveUntil && <LiveEndedNotice endedAt={story.liveUntil} />}
      <div className="mt-6 border-t border-rule pt-4">
        <Byline authors={authors} />
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm text-muted">
          <span>
            Coverage began <Timestamp date={story.publishedAt} />
          </span>
          {newest && (
            <span>
              Latest update <Timestamp date={newest.at} />
            </span>
          )}
        </p>
        <ShareLinks url={absoluteUrl(articlePath(story))} title={story.title} />
        <TextSize />
      </div>
      <UpdateBanner updates={story.updates} />
      {first && story.image && <Figure {...story.image} priority sizes="(min-width: 768px) 704px, 100vw" />}
      {first && (
        <div className="mt-6">
          <ProseBody>{props.summary}</ProseBody>
        </div>
      )}
      <KeyEvents story={story} events={keyEvents} />
      {!first && (
        <p className="font-sans text-sm">
          Page {page.page} of {page.pageCount} of this coverage.{' '}
          <a href={articlePath(story)} className="text-accent underline">
            Go to the latest updates
          </a>
        </p>
      )}
      <section aria-labelledby="live-posts-heading" className="mt-6">
        <h2 id="live-posts-heading" className="sr-only">
          Updates
        </h2>
        {/* Always there on page 1, so the island has a place for a post pinned later. */}
        {first && <div id="live-pinned">{page.pinned && post(page.pinned)}</div>}
        {updates && <LiveUpdates {...updates} pagePath={articlePath(story)} newest={newest?.slug ?? null} />}
        <div id="live-posts">{page.posts.map(post)}</div>
        {!page.pinned && !page.posts.length && <p className="font-sans text-muted">No updates yet.</p>}
      </section>
      <Pagination base={livePagePath(story, 1)} page={page.page} pageCount={page.pageCount} noun="updates" />
      <TopicTags topics={story.topics} />
      <AuthorBox authors={authors} />
    </article>
  );
}
