import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { PageHeader } from '@/components/PageHeader';
import { getContentIndex } from '@/lib/content/contentIndex';
import { site } from '@/lib/config/site';
import { getTopicArticles, getTopics } from '@/lib/content/queries';

export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((t) => ({ topic: t.slug }));
}

function findTopic(slug: string) {
  return getTopics().find((t) => t.slug === slug);
}

export async function generateMetadata({ params }: PageProps<'/topics/[topic]'>): Promise<Metadata> {
  const topic = findTopic((await params).topic);
  if (!topic) return {};
  return { title: topic.name, description: `Stories about ${topic.name} from ${site.name}.`, alternates: { canonical: `/topics/${topic.slug}` } };
}

export default async function TopicPage({ params }: PageProps<'/topics/[topic]'>) {
  const topic = findTopic((await params).topic);
  if (!topic) notFound();
  const articles = getTopicArticles(topic.slug);
  return (
    <>
      <PageHeader kicker="Topic" title={topic.name}>
        <p>{articles.length} {articles.length === 1 ? 'story' : 'stories'}, newest first.</p>
      </PageHeader>
      <ArticleList articles={articles} sections={getContentIndex().sectionsBySlug} emptyText="No stories on this topic yet." />
    </>
  );
}
