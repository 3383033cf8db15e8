import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { JsonLd } from '@/components/JsonLd';
import { PageHeader } from '@/components/PageHeader';
import { ProseBody } from '@/components/ProseBody';
import { standardsPagePath } from '@/lib/content/types';
import { getRequestView, readerViewNow } from '@/lib/content/views';
import { compileStandardsPage } from '@/lib/mdx/compileArticle';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { standardsPageJsonLd } from '@/lib/seo/jsonLd';
import { listingMetadata } from '@/lib/seo/pageMetadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return readerViewNow().pages.map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: PageProps<'/about/[slug]'>): Promise<Metadata> {
  const page = (await getRequestView()).page((await params).slug);
  if (!page) return {};
  return listingMetadata({ title: page.title, description: page.description, path: standardsPagePath(page) });
}

export default async function StandardsPageRoute({ params }: PageProps<'/about/[slug]'>) {
  const page = (await getRequestView()).page((await params).slug);
  if (!page) notFound();
  // Pages change only with a deploy or a publish; the front tag is revalidated by every publish.
  await tagPage([tags.siteIndexes]);
  const body = await compileStandardsPage(page);
  return (
    <article className="max-w-[44rem]">
      <JsonLd data={standardsPageJsonLd(page)} />
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: page.title }]} />
      <PageHeader kicker="About us" title={page.title}>
        <p>{page.description}</p>
      </PageHeader>
      <ProseBody>{body}</ProseBody>
    </article>
  );
}
