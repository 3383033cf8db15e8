import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { PageHeader } from '@/components/PageHeader';
import { getContentIndex } from '@/lib/content/contentIndex';
import { getSection, getSectionArticles, getSections } from '@/lib/content/queries';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSections().map((s) => ({ section: s.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[section]'>): Promise<Metadata> {
  const section = getSection((await params).section);
  if (!section) return {};
  return { title: section.title, description: section.description, alternates: { canonical: `/${section.slug}` } };
}

export default async function SectionPage({ params }: PageProps<'/[section]'>) {
  const section = getSection((await params).section);
  if (!section) notFound();
  return (
    <>
      <PageHeader kicker="Section" title={section.title}>
        <p>{section.intro || section.description}</p>
      </PageHeader>
      <ArticleList articles={getSectionArticles(section.slug)} sections={getContentIndex().sectionsBySlug} emptyText="No stories in this section yet." />
    </>
  );
}
