import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { PageHeader } from '@/components/PageHeader';
import { readerView } from '@/lib/content/contentView';
import { getRequestView } from '@/lib/preview/requestView';

export const dynamicParams = false;

export function generateStaticParams() {
  return readerView().sections.map((s) => ({ section: s.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[section]'>): Promise<Metadata> {
  const section = (await getRequestView()).section((await params).section);
  if (!section) return {};
  return { title: section.title, description: section.description, alternates: { canonical: `/${section.slug}` } };
}

export default async function SectionPage({ params }: PageProps<'/[section]'>) {
  const view = await getRequestView();
  const section = view.section((await params).section);
  if (!section) notFound();
  return (
    <>
      <PageHeader kicker="Section" title={section.title}>
        <p>{section.intro || section.description}</p>
      </PageHeader>
      <ArticleList articles={view.sectionArticles(section.slug)} sections={view.index.sectionsBySlug} emptyText="No stories in this section yet." />
    </>
  );
}
