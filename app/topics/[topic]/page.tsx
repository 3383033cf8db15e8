import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { JsonLd } from '@/components/JsonLd';
import { PageHeader } from '@/components/PageHeader';
import { site } from '@/lib/config/site';
import { readerView } from '@/lib/content/contentView';
import { getRequestView } from '@/lib/preview/requestView';
import { collectionPageJsonLd } from '@/lib/seo/jsonLd';
import { listingMetadata } from '@/lib/seo/pageMetadata';


export function generateStaticParams() {
  return readerView().topics().map((t) => ({ topic: t.slug }));
}

export async function generateMetadata({ params }: PageProps<'/topics/[topic]'>): Promise<Metadata> {
  const topic = (await getRequestView()).topic((await params).topic);
  if (!topic) return {};
  return listingMetadata({ title: topic.name, description: `Stories about ${topic.name} from ${site.name}.`, path: `/topics/${topic.slug}` });
}

export default async function TopicPage({ params }: PageProps<'/topics/[topic]'>) {
  const view = await getRequestView();
  const topic = view.topic((await params).topic);
  if (!topic) notFound();
  const articles = view.topicArticles(topic.slug);
  return (
    <>
      <JsonLd data={collectionPageJsonLd({ name: topic.name, path: `/topics/${topic.slug}`, description: `Stories about ${topic.name} from ${site.name}.`, parent: { name: 'Topics', path: '/topics' } }, articles)} />
      <PageHeader kicker="Topic" title={topic.name}>
        <p>{articles.length} {articles.length === 1 ? 'story' : 'stories'}, newest first.</p>
      </PageHeader>
      <ArticleList articles={articles} sections={view.index.sectionsBySlug} emptyText="No stories on this topic yet." />
    </>
  );
}
