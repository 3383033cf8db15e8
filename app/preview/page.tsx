import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/PageHeader';
import { Timestamp } from '@/components/Timestamp';
import { site } from '@/lib/config/site';
import { formatProblem } from '@/lib/content/problem';
import { type Article, articlePath } from '@/lib/content/types';
import { getRequestView } from '@/lib/content/views';
import { isLive, seesEverything } from '@/lib/content/visibility';
import { draftSecret } from '@/lib/preview/draftSecret';
import { DEFAULT_LINK_HOURS, previewLinkUrl } from '@/lib/preview/previewLink';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Editors’ desk', robots: { index: false, follow: false } };

const RECENT = 10;

function StoryList(props: { articles: Article[]; when: (a: Article) => Date; shareLink?: (a: Article) => string }) {
  const { articles, when, shareLink } = props;
  if (!articles.length) return <p className="font-sans text-muted">None.</p>;
  return (
    <ul className="divide-y divide-rule">
      {articles.map((a) => (
        <li key={a.slug} className="py-2">
          <a href={articlePath(a)} className="font-semibold hover:underline">
            {a.title}
          </a>
          <span className="block font-sans text-xs text-muted">
            <Timestamp date={when(a)} /> · {a.file}
            {shareLink && (
              <>
                {' · '}
                <a href={shareLink(a)} className="text-accent underline">
                  preview link ({DEFAULT_LINK_HOURS} h)
                </a>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function DeskSection(props: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  const headingId = `desk-${props.id}`;
  return (
    <section aria-labelledby={headingId} className={props.className}>
      <h2 id={headingId} className="border-t-4 border-ink pt-2 font-sans text-sm font-bold uppercase tracking-wider">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** Only in preview: what is waiting, what goes live when, what changed, and what is wrong. */
export default async function EditorsDeskPage() {
  const view = await getRequestView();
  // One story's link opens that story, not the desk and its fresh links to every draft.
  if (!seesEverything(view.audience)) notFound();
  const now = view.audience.now;
  // A fresh link on every visit, to pass on to whoever must read the draft; the secret never leaves the server.
  const secret = draftSecret();
  const shareLink = secret ? (a: Article) => previewLinkUrl(site.url, articlePath(a), secret) : undefined;
  const drafts = view.articles.filter((a) => a.status === 'draft');
  const scheduled = view.articles
    .filter((a) => a.status === 'published' && a.publishedAt > now)
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  // Running live stories, the one with the freshest post first: which coverage has gone quiet.
  const newestPost = (a: Article) => view.livePosts(a.slug).find((p) => p.at <= now)?.at ?? a.publishedAt;
  const live = view.articles
    .filter((a) => isLive(a, now))
    .sort((a, b) => newestPost(b).getTime() - newestPost(a).getTime());
  const updated = view.articles
    .filter((a) => a.updates.length && a.publishedAt <= now)
    .sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime())
    .slice(0, RECENT);
  return (
    <>
      <PageHeader kicker="Preview" title="Editors’ desk">
        <p>Times are go-live times for scheduled stories, and the newest post for live stories.</p>
      </PageHeader>
      <div className="grid gap-10 md:grid-cols-2 xl:grid-cols-4">
        <DeskSection id="drafts" title={`Drafts (${drafts.length})`}>
          <StoryList articles={drafts} when={(a) => a.publishedAt} shareLink={shareLink} />
        </DeskSection>
        <DeskSection id="scheduled" title={`Scheduled (${scheduled.length})`}>
          <StoryList articles={scheduled} when={(a) => a.publishedAt} />
        </DeskSection>
        <DeskSection id="live" title={`Live now (${live.length})`}>
          <StoryList articles={live} when={newestPost} shareLink={shareLink} />
        </DeskSection>
        <DeskSection id="updated" title="Recently updated">
          <StoryList articles={updated} when={(a) => a.modifiedAt} />
        </DeskSection>
      </div>
      <DeskSection id="problems" title={<>Content warnings ({view.problems.length})</>} className="mt-12">
        {view.problems.length === 0 ? (
          <p className="font-sans text-muted">No problems: everything passes the content check.</p>
        ) : (
          <ul className="mt-2 space-y-2 font-sans text-sm">
            {view.problems.map((p) => {
              const slug = p.file.match(/articles\/([^/]+)\.mdx?$/)?.[1];
              const post = p.file.match(/live\/([^/]+)\/([^/]+)\.mdx?$/);
              const story = view.article(slug ?? post?.[1] ?? '');
              // A broken story is not in the index, so it has no page under a section: app/preview/[slug] shows why.
              // A broken post is left out of its story's page: the link opens the story where it would be.
              const href = post
                ? story && `${articlePath(story)}#post-${post[2]}`
                : story
                  ? articlePath(story)
                  : slug && `/preview/${slug}`;
              return (
                <li key={formatProblem(p)}>
                  <code>{formatProblem(p)}</code>{' '}
                  {href && (
                    <a href={href} className="text-accent underline">
                      open preview
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </DeskSection>
    </>
  );
}
