import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { ArticleStory } from '@/components/ArticleStory';
import { ContentErrorPanel } from '@/components/ContentErrorPanel';
import { JsonLd } from '@/components/JsonLd';
import { LiveStory } from '@/components/LiveStory';
import { MostRead } from '@/components/MostRead';
import { RelatedArticles } from '@/components/RelatedArticles';
import { ViewBeacon } from '@/components/ViewBeacon';
import { site } from '@/lib/config/site';
import { getRequestView, readerViewNow } from '@/lib/content/views';
import { isLive } from '@/lib/content/visibility';
import { parsePageParam } from '@/lib/listing/paginate';
import { liveManifestPath } from '@/lib/live/liveManifest';
import { livePage, livePagePath } from '@/lib/live/livePages';
import { compileArticle } from '@/lib/mdx/compileArticle';
import { MdxSyntaxError } from '@/lib/mdx/mdxCompiler';
import { mostReadStories } from '@/lib/mostRead/mostRead';
import { viewCounts } from '@/lib/mostRead/viewCounts';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { getRelatedArticles } from '@/lib/related/relatedArticles';
import { articleJsonLd, liveBlogJsonLd } from '@/lib/seo/jsonLd';
import { articleMetadata, liveStoryMetadata } from '@/lib/seo/pageMetadata';

/** Shared by a story at /<section>/<slug> and a live story's later pages, /<section>/<slug>/page/<n>. */
type StoryParams = { params: Promise<{ section: string; slug: string; page?: string }> };

export function generateStaticParams() {
  return readerViewNow()
    .articles.slice(0, site.prerenderLatest)
    .map((a) => ({ section: a.section, slug: a.slug }));
}

/** The request's view and the story at these params: null on a wrong section, or a page number on a non-live story. */
async function storyAt({ params }: StoryParams) {
  const { section, slug, page } = await params;
  const view = await getRequestView();
  const number = parsePageParam(page);
  const found = view.article(slug);
  const wrong = !found || found.section !== section || number === null || (number > 1 && found.format !== 'live');
  return { view, slug, page, number, article: wrong ? null : found };
}

export async function generateMetadata(props: StoryParams): Promise<Metadata> {
  const { view, number, article } = await storyAt(props);
  if (!article) return {};
  const authors = article.authors.map((s) => view.author(s)!);
  const sectionInfo = view.section(article.section)!;
  return article.format === 'live'
    ? liveStoryMetadata(article, authors, sectionInfo, number!)
    : articleMetadata(article, authors, sectionInfo);
}

export default async function StoryPage(props: StoryParams) {
  const { view, slug, page, number, article } = await storyAt(props);
  if (!article) {
    const problems = view.audience.preview ? view.problems.filter((p) => p.file.endsWith(`articles/${slug}.mdx`)) : [];
    if (problems.length && !page) return <ContentErrorPanel problems={problems} />;
    // Moved stories and old slugs are redirected by the request gate (lib/routing), the one redirect rule.
    notFound();
  }

  const related = await getRelatedArticles(view, article);
  const mostRead = mostReadStories(await viewCounts(), view, { except: article.slug });
  await tagPage([tags.story(article.slug), ...related.map((r) => tags.story(r.slug))]);
  const authors = article.authors.map((s) => view.author(s)!);
  const sectionInfo = view.section(article.section)!;
  const now = view.audience.now;
  const posts = article.format === 'live' ? view.livePosts(article.slug) : [];
  const onPage = livePage(posts, number!);
  if (!onPage) notFound();
  const shown = [...(onPage.pinned ? [onPage.pinned] : []), ...onPage.posts];

  let compiled: ReactElement[];
  try {
    compiled = await Promise.all([article, ...shown].map((item) => compileArticle(item)));
  } catch (error) {
    if (!(view.audience.preview && error instanceof MdxSyntaxError)) throw error;
    const { file, line, column, reason } = error;
    return <ContentErrorPanel problems={[{ file, line, column, severity: 'error', message: `MDX: ${reason}` }]} />;
  }

  const [body, ...bodies] = compiled as [ReactElement, ...ReactElement[]];
  const running = isLive(article, now);
  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <JsonLd
        data={
          article.format === 'live'
            ? liveBlogJsonLd(
                article,
                authors,
                sectionInfo,
                { onPage: shown, newest: posts[0], pagePath: livePagePath(article, number!) },
                view.publisherRoles,
              )
            : articleJsonLd(article, authors, sectionInfo, view.publisherRoles)
        }
      />
      {article.format === 'live' ? (
        <LiveStory
          story={article}
          section={sectionInfo}
          authors={authors}
          live={running}
          now={now}
          summary={body}
          keyEvents={posts.filter((p) => p.key)}
          newest={posts[0]}
          page={onPage}
          bodies={new Map(shown.map((p, i) => [p.slug, bodies[i]!]))}
          authorOf={(s) => view.author(s)!}
          updates={
            running && number === 1 && !view.audience.preview
              ? { manifestPath: liveManifestPath(article), pollSeconds: site.livePollSeconds, count: posts.length }
              : null
          }
        />
      ) : (
        <ArticleStory
          article={article}
          section={sectionInfo}
          authors={authors}
          body={body}
          ethics={view.publisherRoles.get('ethicsPolicy')}
          now={now}
        />
      )}
      <div className="lg:pt-2">
        <RelatedArticles articles={related} sections={new Map(view.sections.map((s) => [s.slug, s]))} />
        <div className={related.length ? 'mt-10' : ''}>
          <MostRead stories={mostRead} />
        </div>
      </div>
      {/* Page 1 only, so paging through a live story is one reading; never an editor's reading in preview. */}
      {number === 1 && !view.audience.preview && <ViewBeacon slug={article.slug} />}
    </div>
  );
}
