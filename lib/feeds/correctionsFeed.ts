import { absoluteUrl } from '@/lib/config/site';
import { articlePath } from '@/lib/content/types';
import type { CorrectionEntry } from '@/lib/corrections/correctionsLog';
import { FEED_ITEMS, feedHead, type StoryFeed } from './storyFeed';

export const CORRECTIONS_FEED_BASE = '/feeds/corrections';
export const CORRECTIONS_TITLE = 'Corrections and clarifications';
export const CORRECTIONS_DESCRIPTION =
  'Every correction and clarification to our stories, newest first, with what was wrong and when we fixed it.';

const LABEL = { correction: 'Correction', clarification: 'Clarification' } as const;

/** The corrections log as a feed: one entry per correction, linking to the corrected story. */
export function correctionsFeed(entries: CorrectionEntry[]): StoryFeed {
  const items = entries.slice(0, FEED_ITEMS);
  return {
    ...feedHead({
      title: CORRECTIONS_TITLE,
      description: CORRECTIONS_DESCRIPTION,
      pagePath: '/corrections',
      feedBase: CORRECTIONS_FEED_BASE,
    }),
    updated: items[0]?.at ?? new Date(0),
    entries: items.map((e) => {
      const url = absoluteUrl(articlePath(e.article));
      return {
        title: `${LABEL[e.kind]}: ${e.article.title}`,
        url,
        // The same story can be corrected twice: the time makes each entry its own.
        id: `${url}#${e.kind}-${e.at.toISOString()}`,
        summary: e.note,
        published: e.at,
        updated: e.at,
        authors: [],
        categories: [{ term: e.kind, scheme: absoluteUrl('/corrections'), label: LABEL[e.kind] }],
      };
    }),
  };
}
