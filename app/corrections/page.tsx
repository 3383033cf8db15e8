import type { Metadata } from 'next';
import { CorrectionsList } from '@/components/CorrectionsList';
import { PageHeader } from '@/components/PageHeader';
import { Pagination } from '@/components/Pagination';
import { standardsPagePath } from '@/lib/content/types';
import { getRequestView } from '@/lib/content/views';
import { correctionsLog } from '@/lib/corrections/correctionsLog';
import { CORRECTIONS_DESCRIPTION, CORRECTIONS_FEED_BASE, CORRECTIONS_TITLE } from '@/lib/feeds/correctionsFeed';
import { listingPage, listingPageMetadata } from '@/lib/listing/listingPage';
import { tags } from '@/lib/publishing/cacheTags';
import { tagPage } from '@/lib/publishing/tagPage';
import { feedLinkTitles } from '@/lib/seo/feedLinkTitles';

/** Shared by /corrections and /corrections/page/<n>. */
type CorrectionsParams = { params: Promise<{ page?: string }> };

const BASE = '/corrections';

export async function generateMetadata({ params }: CorrectionsParams): Promise<Metadata> {
  return listingPageMetadata((await params).page, {
    title: CORRECTIONS_TITLE,
    description: CORRECTIONS_DESCRIPTION,
    path: BASE,
    feed: { base: CORRECTIONS_FEED_BASE, title: feedLinkTitles.corrections },
  });
}

export default async function CorrectionsPage({ params }: CorrectionsParams) {
  const view = await getRequestView();
  const listing = listingPage(correctionsLog(view.articles, view.audience.now), (await params).page);
  // Every publish revalidates the feeds tag, and any story change can add or remove a correction.
  await tagPage([tags.feeds]);
  const policy = view.publisherRoles.get('correctionsPolicy');
  return (
    <>
      <PageHeader kicker="Standards" title={CORRECTIONS_TITLE}>
        <p>
          {CORRECTIONS_DESCRIPTION}{' '}
          {policy && (
            <a href={standardsPagePath(policy)} className="underline">
              Our corrections policy
            </a>
          )}
        </p>
        <p className="mt-2 font-sans text-sm">
          Follow them: <a href={`${CORRECTIONS_FEED_BASE}/atom.xml`}>Atom</a> ·{' '}
          <a href={`${CORRECTIONS_FEED_BASE}/rss.xml`}>RSS</a>
        </p>
      </PageHeader>
      <CorrectionsList entries={listing.items} />
      <Pagination base={BASE} {...listing} noun="corrections" />
    </>
  );
}
