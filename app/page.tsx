import type { Metadata } from 'next';
import { ArticleCard } from '@/components/ArticleCard';
import { BreakingStrip } from '@/components/BreakingStrip';
import { JsonLd } from '@/components/JsonLd';
import { MostRead } from '@/components/MostRead';
import { site } from '@/lib/config/site';
import { getRequestView } from '@/lib/content/views';
import { mostReadStories } from '@/lib/mostRead/mostRead';
import { viewCounts } from '@/lib/mostRead/viewCounts';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { feedLinkTitles } from '@/lib/seo/feedLinkTitles';
import { frontPageJsonLd } from '@/lib/seo/jsonLd';
import { listingMetadata } from '@/lib/seo/pageMetadata';

export const metadata: Metadata = {
  ...listingMetadata({
    title: site.name,
    description: site.tagline,
    path: '/',
    feed: { base: '/feeds', title: feedLinkTitles.site },
  }),
  title: { absolute: `${site.name} — ${site.tagline}` },
};

const SECONDARY = 2;
const LATEST = 8;
const PER_SECTION = 4;

export default async function FrontPage() {
  const view = await getRequestView();
  const { sections, articles, publisherRoles } = view;
  await tagPage([tags.siteIndexes, tags.breaking]);
  const [lead, ...rest] = articles;
  const secondary = rest.slice(0, SECONDARY);
  const latest = rest.slice(SECONDARY, SECONDARY + LATEST);
  const mostRead = mostReadStories(await viewCounts(), view);
  return (
    <>
      <JsonLd data={frontPageJsonLd(publisherRoles)} />
      <h1 className="sr-only">
        {site.name}: {site.tagline}
      </h1>
      <BreakingStrip stories={view.breakingStories()} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label="Top stories">
          {lead ? (
            <ArticleCard
              article={lead}
              section={view.section(lead.section)}
              variant="lead"
              priority
              headingLevel="h2"
            />
          ) : (
            <p>No stories yet.</p>
          )}
          <div className="mt-8 grid gap-8 border-t border-rule pt-6 sm:grid-cols-2">
            {secondary.map((a) => (
              <ArticleCard key={a.slug} article={a} section={view.section(a.section)} headingLevel="h2" />
            ))}
          </div>
        </section>
        <div className="border-t-4 border-ink pt-3 lg:border-t-0 lg:border-l lg:border-rule lg:pt-0 lg:pl-6">
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="font-sans text-sm font-bold uppercase tracking-wider">
              Latest
            </h2>
            <ol className="mt-2 divide-y divide-rule">
              {latest.map((a) => (
                <li key={a.slug} className="py-3">
                  <ArticleCard article={a} section={view.section(a.section)} variant="compact" />
                </li>
              ))}
            </ol>
          </section>
          <div className="mt-8">
            <MostRead stories={mostRead} />
          </div>
        </div>
      </div>
      {sections.map((section) => {
        const top = articles.filter((a) => a.section === section.slug).slice(0, PER_SECTION);
        if (!top.length) return null;
        return (
          <section
            key={section.slug}
            aria-labelledby={`section-${section.slug}`}
            className="mt-14 border-t-4 border-ink pt-3"
          >
            <h2 id={`section-${section.slug}`} className="font-serif text-2xl font-bold">
              <a href={`/${section.slug}`} className="headline-link">
                {section.title}
              </a>
            </h2>
            <div className="mt-5 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-4">
              {top.map((a) => (
                <ArticleCard key={a.slug} article={a} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
