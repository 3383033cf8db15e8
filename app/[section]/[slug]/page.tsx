import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { AgeNotice } from '@/components/AgeNotice';
import { AuthorBox } from '@/components/AuthorBox';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Byline } from '@/components/Byline';
import { ContentErrorPanel } from '@/components/ContentErrorPanel';
import { Dateline } from '@/components/Dateline';
import { Figure } from '@/components/Figure';
import { FormatLabel } from '@/components/FormatLabel';
import { JsonLd } from '@/components/JsonLd';
import { ProseBody } from '@/components/ProseBody';
import { RelatedArticles } from '@/components/RelatedArticles';
import { ShareLinks } from '@/components/ShareLinks';
import { StoryStatus } from '@/components/StoryStatus';
import { TopicTags } from '@/components/TopicTags';
import { UpdateBanner } from '@/components/UpdateBanner';
import { absoluteUrl, site } from '@/lib/config/site';
import { articlePath, standardsPagePath } from '@/lib/content/types';
import { getRequestView, readerViewNow } from '@/lib/content/views';
import { storyAge } from '@/lib/dates/storyAge';
import { compileArticle } from '@/lib/mdx/compileArticle';
import { MdxSyntaxError } from '@/lib/mdx/mdxCompiler';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { getRelatedArticles } from '@/lib/related/relatedArticles';
import { articleJsonLd } from '@/lib/seo/jsonLd';
import { articleMetadata } from '@/lib/seo/pageMetadata';

export function generateStaticParams() {
  return readerViewNow()
    .articles.slice(0, site.prerenderLatest)
    .map((a) => ({ section: a.section, slug: a.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[section]/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const view = await getRequestView();
  const article = view.article(slug);
  if (!article) return {};
  return articleMetadata(
    article,
    article.authors.map((s) => view.author(s)!),
    view.section(article.section)!,
  );
}

export default async function ArticlePage({ params }: PageProps<'/[section]/[slug]'>) {
  const { section, slug } = await params;
  const view = await getRequestView();
  const article = view.article(slug);
  if (!article) {
    const problems = view.audience.preview ? view.problems.filter((p) => p.file.endsWith(`articles/${slug}.mdx`)) : [];
    if (problems.length) return <ContentErrorPanel problems={problems} />;
    notFound();
  }
  // Moved stories and old slugs are redirected by the request gate (lib/routing), the one redirect rule.
  if (article.section !== section) notFound();

  const related = await getRelatedArticles(view, article);
  await tagPage([tags.story(article.slug), ...related.map((r) => tags.story(r.slug))]);
  const authors = article.authors.map((s) => view.author(s)!);
  const sectionInfo = view.section(article.section)!;
  const ethics = view.publisherRoles.get('ethicsPolicy');
  let body: ReactElement;
  try {
    body = await compileArticle(article);
  } catch (error) {
    if (!(view.audience.preview && error instanceof MdxSyntaxError)) throw error;
    const { file, line, column, reason } = error;
    return <ContentErrorPanel problems={[{ file, line, column, severity: 'error', message: `MDX: ${reason}` }]} />;
  }

  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <JsonLd data={articleJsonLd(article, authors, sectionInfo, view.publisherRoles)} />
      <article className="min-w-0 max-w-[44rem]" data-format={article.format}>
        <Breadcrumbs
          items={[
            { name: 'Home', href: '/' },
            { name: sectionInfo.title, href: `/${sectionInfo.slug}` },
            { name: article.title },
          ]}
        />
        {/* A live story still running is not old news, however long ago it began. */}
        {article.format !== 'live' && <AgeNotice age={storyAge(article.publishedAt, view.audience.now)} />}
        <header
          className={article.format === 'opinion' ? 'border-t-4 border-opinion bg-opinion-bg px-4 pt-3 pb-5' : ''}
        >
          <p className="flex flex-wrap items-center gap-3 font-sans text-sm font-semibold uppercase tracking-wider">
            <FormatLabel format={article.format} />
            <a href={`/${sectionInfo.slug}`} className="text-kicker hover:underline">
              {sectionInfo.title}
            </a>
            <StoryStatus article={article} now={view.audience.now} />
          </p>
          <h1
            className={
              `mt-2 font-serif text-[2rem] leading-[1.1] font-bold tracking-tight text-balance sm:text-5xl ` +
              `${article.format === 'opinion' ? 'italic' : ''}`
            }
          >
            {article.title}
          </h1>
          <p className="mt-4 text-xl leading-snug text-muted sm:text-2xl">{article.dek}</p>
          {article.format === 'opinion' && (
            <p className="mt-3 font-sans text-sm">
              The writer's view, not the newsroom's reporting.{' '}
              {ethics && (
                <a href={standardsPagePath(ethics)} className="underline">
                  How we handle opinion
                </a>
              )}
            </p>
          )}
        </header>
        <div className="mt-6 border-t border-rule pt-4">
          <Byline authors={authors} />
          <Dateline article={article} />
          <p data-print="only" className="hidden font-sans text-sm">
            {absoluteUrl(articlePath(article))}
          </p>
          <ShareLinks url={absoluteUrl(articlePath(article))} title={article.title} />
        </div>
        <UpdateBanner updates={article.updates} />
        {article.image && <Figure {...article.image} priority sizes="(min-width: 768px) 704px, 100vw" />}
        <ProseBody>{body}</ProseBody>
        <TopicTags topics={article.topics} />
        <AuthorBox authors={authors} />
      </article>
      <div className="lg:pt-2">
        <RelatedArticles articles={related} sections={new Map(view.sections.map((s) => [s.slug, s]))} />
      </div>
    </div>
  );
}
