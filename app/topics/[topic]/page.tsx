import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { JsonLd } from '@/components/JsonLd';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { site } from '@/lib/config/site';
import { getRequestView, readerViewNow } from '@/lib/content/views';
import { listingPage, listingPageMetadata } from '@/lib/listing/listingPage';
import { pageHref } from '@/lib/listing/paginate';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { feedLinkTitles } from '@/lib/seo/feedLinkTitles';
import { collectionPageJsonLd } from '@/lib/seo/jsonLd';

/** Shared by /topics/<topic> and …/page/<n>. Topics come and go with stories, so unknown ones render on demand. */
type TopicParams = { params: Promise<{ topic: string; page?: string }> };

export function generateStaticParams() {
  return readerViewNow()
    .topics()
    .map((t) => ({ topic: t.slug }));
}

const describe = (name: string) => `Stories about ${name} from ${site.name}.`;

export async function generateMetadata({ params }: TopicParams): Promise<Metadata> {
  const { topic: slug, page } = await params;
  const topic = (await getRequestView()).topic(slug);
  if (!topic) return {};
  return listingPageMetadata(page, {
    title: topic.name,
    description: describe(topic.name),
    path: `/topics/${topic.slug}`,
    feed: { base: `/feeds/topics/${topic.slug}`, title: feedLinkTitles.topic(topic) },
  });
}

export default async function TopicPage({ params }: TopicParams) {
  const { topic: slug, page } = await params;
  const view = await getRequestView();
  const topic = view.topic(slug);
  if (!topic) notFound();
  const articles = view.topicArticles(topic.slug);
  const listing = listingPage(articles, page);
  await tagPage([tags.topic(topic.slug)]);
  const base = `/topics/${topic.slug}`;
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd(
          {
            name: topic.name,
            path: pageHref(base, listing.page),
            description: describe(topic.name),
            parent: { name: 'Topics', path: '/topics' },
          },
          listing.items,
        )}
      />
      <PageHeader kicker="Topic" title={topic.name}>
        <p>
          {articles.length} {articles.length === 1 ? 'story' : 'stories'}, newest first.
        </p>
      </PageHeader>
      <ArticleList
        articles={listing.items}
        sections={new Map(view.sections.map((s) => [s.slug, s]))}
        emptyText="No stories on this topic yet."
      />
      <Pagination base={base} {...listing} />
    </>
  );
}
