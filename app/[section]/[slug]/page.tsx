import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ComponentProps, ReactElement } from 'react';
import { ArticleStory } from '@/components/ArticleStory';
import { ContentErrorPanel } from '@/components/ContentErrorPanel';
import { JsonLd } from '@/components/JsonLd';
import { LiveStory } from '@/components/LiveStory';
import { MostRead } from '@/components/MostRead';
import { RelatedArticles } from '@/components/RelatedArticles';
import { ViewBeacon } from '@/components/ViewBeacon';
import { site } from '@/lib/config/site';
import type { ContentView } from '@/lib/content/contentView';
import type { Article, Author, LivePost, Section } from '@/lib/content/types';
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

interface Story {
  view: ContentView;
  article: Article;
  authors: Author[];
  section: Section;
  /** The page of the story asked for: 1 unless the layout has pages. */
  number: number;
}

/** How a kind of story is laid out: its metadata, and its JSON-LD and body beside the related list. */
interface StoryLayout {
  /** Whether the story has pages after the first (a live story's older posts). */
  paged: boolean;
  metadata(story: Story): Metadata;
  /** The JSON-LD and the story, or an error panel in place of the whole page; notFound() past the last page. */
  render(story: Story): Promise<{ jsonLd: ComponentProps<typeof JsonLd>['data']; story: ReactElement } | ReactElement>;
}

export function generateStaticParams() {
  return readerViewNow()
    .articles.slice(0, site.prerenderLatest)
    .map((a) => ({ section: a.section, slug: a.slug }));
}

/** The request's view and the story at these params: null on a wrong section, or a page a layout does not have. */
async function storyAt({ params }: StoryParams) {
  const { section, slug, page } = await params;
  const view = await getRequestView();
  const number = parsePageParam(page);
  const article = view.article(slug);
  // The one place the page looks at the format: each layout then knows its own story (as DCR's DecideLayout).
  const layout = article?.format === 'live' ? liveLayout : articleLayout;
  const found = article && article.section === section && number !== null && (number === 1 || layout.paged);
  const story = found
    ? {
        view,
        article,
        number,
        authors: article.authors.map(view.knownAuthor),
        section: view.knownSection(article.section),
      }
    : null;
  return { view, slug, page, layout, story };
}

export async function generateMetadata(props: StoryParams): Promise<Metadata> {
  const { layout, story } = await storyAt(props);
  return story ? layout.metadata(story) : {};
}

export default async function StoryPage(props: StoryParams) {
  const { view, slug, page, layout, story } = await storyAt(props);
  if (!story) {
    const problems = view.audience.preview ? view.problems.filter((p) => p.file.endsWith(`articles/${slug}.mdx`)) : [];
    if (problems.length && !page) return <ContentErrorPanel problems={problems} />;
    // Moved stories and old slugs are redirected by the request gate (lib/routing), the one redirect rule.
    notFound();
  }

  const related = await getRelatedArticles(view, story.article);
  const mostRead = mostReadStories(await viewCounts(), view, { except: story.article.slug });
  await tagPage([tags.story(story.article.slug), ...related.map((r) => tags.story(r.slug))]);
  const rendered = await layout.render(story);
  if (!('jsonLd' in rendered)) return rendered;
  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <JsonLd data={rendered.jsonLd} />
      {rendered.story}
      <div className="lg:pt-2">
        <RelatedArticles articles={related} sections={new Map(view.sections.map((s) => [s.slug, s]))} />
        <div className={related.length ? 'mt-10' : ''}>
          <MostRead stories={mostRead} />
        </div>
      </div>
      {/* Page 1 only, so paging through a live story is one reading; never an editor's reading in preview. */}
      {story.number === 1 && !view.audience.preview && <ViewBeacon slug={story.article.slug} />}
    </div>
  );
}

/** The compiled bodies, first the story's, or in preview the panel for an MDX syntax error. */
async function compileAll(
  view: ContentView,
  article: Article,
  items: LivePost[],
): Promise<{ body: ReactElement; bodies: Map<string, ReactElement> } | ReactElement> {
  try {
    const [body, bodies] = await Promise.all([
      compileArticle(article),
      Promise.all(items.map(async (item) => [item.slug, await compileArticle(item)] as const)),
    ]);
    return { body, bodies: new Map(bodies) };
  } catch (error) {
    if (!(view.audience.preview && error instanceof MdxSyntaxError)) throw error;
    const { file, line, column, reason } = error;
    return <ContentErrorPanel problems={[{ file, line, column, severity: 'error', message: `MDX: ${reason}` }]} />;
  }
}

const articleLayout: StoryLayout = {
  paged: false,
  metadata: ({ article, authors, section }) => articleMetadata(article, authors, section),
  async render({ view, article, authors, section }) {
    const compiled = await compileAll(view, article, []);
    if (!('body' in compiled)) return compiled;
    const ethics = view.publisherRoles.get('ethicsPolicy');
    const { now } = view.audience;
    return {
      jsonLd: articleJsonLd(article, authors, section, view.publisherRoles),
      story: <ArticleStory {...{ article, section, authors, ethics, now }} body={compiled.body} />,
    };
  },
};

const liveLayout: StoryLayout = {
  paged: true,
  metadata: ({ view, article, authors, section, number }) =>
    liveStoryMetadata(article, authors, section, number, view.livePosts(article.slug)),
  async render({ view, article, authors, section, number }) {
    const posts = view.livePosts(article.slug);
    const onPage = livePage(posts, number);
    if (!onPage) notFound();
    const shown = [...(onPage.pinned ? [onPage.pinned] : []), ...onPage.posts];
    const compiled = await compileAll(view, article, shown);
    if (!('body' in compiled)) return compiled;
    const { now, preview } = view.audience;
    const running = isLive(article, now);
    const newest = posts[0];
    const updates =
      running && number === 1 && !preview
        ? { manifestPath: liveManifestPath(article), pollSeconds: site.livePollSeconds, count: posts.length }
        : null;
    const pagePath = livePagePath(article, number);
    return {
      jsonLd: liveBlogJsonLd(
        article,
        authors,
        section,
        { onPage: shown, publicPosts: posts, pagePath },
        view.publisherRoles,
      ),
      story: (
        <LiveStory
          {...{ section, authors, now, newest, updates }}
          story={article}
          live={running}
          summary={compiled.body}
          keyEvents={posts.filter((p) => p.key)}
          page={onPage}
          bodies={compiled.bodies}
          authorOf={view.knownAuthor}
        />
      ),
    };
  },
};
