import { Feed } from 'feed';
import { absoluteUrl, site } from '@/lib/config/site';
import { articlePath } from '@/lib/content/types';
import type { CorrectionEntry } from '@/lib/corrections/correctionsLog';
import { LOGO_PATH } from '@/lib/seo/jsonLd';
import { FEED_ITEMS, type FeedFormat } from './buildFeed';

export const CORRECTIONS_FEED_BASE = '/feeds/corrections';
export const CORRECTIONS_TITLE = 'Corrections and clarifications';
export const CORRECTIONS_DESCRIPTION =
  'Every correction and clarification to our stories, newest first, with what was wrong and when we fixed it.';

const LABEL = { correction: 'Correction', clarification: 'Clarification' } as const;

/** RSS 2.0 or Atom of the corrections log: one item per correction, linking to the corrected story. */
export function renderCorrectionsFeed(entries: CorrectionEntry[], format: FeedFormat): string {
  const items = entries.slice(0, FEED_ITEMS);
  const feed = new Feed({
    title: `${CORRECTIONS_TITLE} · ${site.name}`,
    description: CORRECTIONS_DESCRIPTION,
    id: absoluteUrl('/corrections'),
    link: absoluteUrl('/corrections'),
    language: site.language,
    image: absoluteUrl(LOGO_PATH),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${site.name}`,
    updated: items[0]?.at ?? new Date(0),
    generator: site.name,
    feedLinks: {
      rss: absoluteUrl(`${CORRECTIONS_FEED_BASE}/rss.xml`),
      atom: absoluteUrl(`${CORRECTIONS_FEED_BASE}/atom.xml`),
    },
  });
  for (const e of items) {
    const url = absoluteUrl(articlePath(e.article));
    feed.addItem({
      title: `${LABEL[e.kind]}: ${e.article.title}`,
      // The same story can be corrected twice: the time makes each item its own.
      id: `${url}#${e.kind}-${e.at.toISOString()}`,
      link: url,
      description: e.note,
      date: e.at,
      category: [{ name: LABEL[e.kind] }],
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
