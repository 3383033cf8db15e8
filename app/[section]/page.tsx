import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { BreakingStrip } from '@/components/BreakingStrip';
import { JsonLd } from '@/components/JsonLd';
import { MostRead } from '@/components/MostRead';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { getRequestView, readerViewNow } from '@/lib/content/views';
import { listingPage, listingPageMetadata } from '@/lib/listing/listingPage';
import { pageHref } from '@/lib/listing/paginate';
import { mostReadStories } from '@/lib/mostRead/mostRead';
import { viewCounts } from '@/lib/mostRead/viewCounts';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { feedLinkTitles } from '@/lib/seo/feedLinkTitles';
import { collectionPageJsonLd } from '@/lib/seo/jsonLd';

/** Shared by /<section> and /<section>/page/<n>. */
type SectionParams = { params: Promise<{ section: string; page?: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return readerViewNow().sections.map((s) => ({ section: s.slug }));
}

export async function generateMetadata({ params }: SectionParams): Promise<Metadata> {
  const { section: slug, page } = await params;
  const section = (await getRequestView()).section(slug);
  if (!section) return {};
  return listingPageMetadata(page, {
    title: section.title,
    description: section.description,
    path: `/${section.slug}`,
    feed: { base: `/feeds/sections/${section.slug}`, title: feedLinkTitles.section(section) },
  });
}

export default async function SectionPage({ params }: SectionParams) {
  const { section: slug, page } = await params;
  const view = await getRequestView();
  const section = view.section(slug);
  if (!section) notFound();
  const listing = listingPage(view.sectionArticles(section.slug), page);
  await tagPage([tags.section(section.slug), tags.breaking]);
  const base = `/${section.slug}`;
  // On the section's front only: its later pages are the archive.
  const mostRead = listing.page === 1 ? mostReadStories(await viewCounts(), view, { section: section.slug }) : [];
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd(
          { name: section.title, path: pageHref(base, listing.page), description: section.description },
          listing.items,
        )}
      />
      <BreakingStrip stories={view.breakingStories()} />
      <PageHeader kicker="Section" title={section.title}>
        <p>{section.intro || section.description}</p>
      </PageHeader>
      <ArticleList
        articles={listing.items}
        sections={new Map(view.sections.map((s) => [s.slug, s]))}
        emptyText="No stories in this section yet."
      />
      <Pagination base={base} {...listing} />
      <div className="mt-12 max-w-2xl">
        <MostRead stories={mostRead} title={`Most read in ${section.title}`} />
      </div>
    </>
  );
}
