import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { JsonLd } from '@/components/JsonLd';
import { PageHeader } from '@/components/PageHeader';
import { readerView } from '@/lib/content/contentView';
import { getRequestView } from '@/lib/preview/requestView';
import { collectionPageJsonLd } from '@/lib/seo/jsonLd';
import { listingMetadata } from '@/lib/seo/pageMetadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return readerView().sections.map((s) => ({ section: s.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[section]'>): Promise<Metadata> {
  const section = (await getRequestView()).section((await params).section);
  if (!section) return {};
  return listingMetadata({ title: section.title, description: section.description, path: `/${section.slug}`, feedBase: `/feeds/sections/${section.slug}` });
}

export default async function SectionPage({ params }: PageProps<'/[section]'>) {
  const view = await getRequestView();
  const section = view.section((await params).section);
  if (!section) notFound();
  const articles = view.sectionArticles(section.slug);
  return (
    <>
      <JsonLd data={collectionPageJsonLd({ name: section.title, path: `/${section.slug}`, description: section.description }, articles)} />
      <PageHeader kicker="Section" title={section.title}>
        <p>{section.intro || section.description}</p>
      </PageHeader>
      <ArticleList articles={articles} sections={view.index.sectionsBySlug} emptyText="No stories in this section yet." />
    </>
  );
}
