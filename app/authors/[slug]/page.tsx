import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { JsonLd } from '@/components/JsonLd';
import { Pagination } from '@/components/Pagination';
import { ResponsiveImage } from '@/components/ResponsiveImage';
import { getRequestView, readerViewNow } from '@/lib/content/views';
import { listingPage, listingPageMetadata } from '@/lib/listing/listingPage';
import { livePostTags, tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { feedLinkTitles } from '@/lib/seo/feedLinkTitles';
import { profilePageJsonLd } from '@/lib/seo/jsonLd';

/** Shared by /authors/<slug> and /authors/<slug>/page/<n>. */
type AuthorParams = { params: Promise<{ slug: string; page?: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return readerViewNow().authors.map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: AuthorParams): Promise<Metadata> {
  const { slug, page } = await params;
  const author = (await getRequestView()).author(slug);
  if (!author) return {};
  return listingPageMetadata(page, {
    title: `${author.name}, ${author.role}`,
    description: author.bio,
    path: `/authors/${author.slug}`,
    feed: { base: `/feeds/authors/${author.slug}`, title: feedLinkTitles.author(author) },
  });
}

export default async function AuthorPage({ params }: AuthorParams) {
  const { slug, page } = await params;
  const view = await getRequestView();
  const author = view.author(slug);
  if (!author) notFound();
  const articles = view.authorArticles(author.slug);
  const listing = listingPage(articles, page);
  // Its structured data is dated by the author's stories, live posts included.
  await tagPage([tags.author(author.slug), ...livePostTags(articles)]);
  return (
    <>
      <JsonLd data={profilePageJsonLd(author, articles, view)} />
      <header className="mb-8 flex flex-col gap-5 border-b border-ink pb-6 sm:flex-row sm:items-center">
        <ResponsiveImage
          {...author.avatar}
          sizes="128px"
          priority
          className="size-28 rounded-full object-cover bg-panel sm:size-32"
        />
        <div>
          <h1 className="font-serif text-4xl font-bold tracking-tight">{author.name}</h1>
          <p className="mt-1 font-sans font-semibold text-kicker">{author.role}</p>
          <p className="mt-3 max-w-2xl text-lg leading-relaxed text-muted">{author.bio}</p>
          {author.links.length > 0 && (
            <ul className="mt-3 flex flex-wrap gap-4 font-sans text-sm">
              {author.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url} rel="me noopener" className="text-accent underline underline-offset-2">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
      <h2 className="mb-6 font-sans text-sm font-bold uppercase tracking-wider">Stories by {author.name}</h2>
      <ArticleList
        articles={listing.items}
        sections={new Map(view.sections.map((s) => [s.slug, s]))}
        emptyText={`${author.name} has no published stories yet.`}
      />
      <Pagination base={`/authors/${author.slug}`} {...listing} />
    </>
  );
}
