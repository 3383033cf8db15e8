import { site } from '@/lib/config/site';
import type { Article, Author, Section, Topic } from '@/lib/content/types';
import { CORRECTIONS_TITLE } from '@/lib/feeds/correctionsFeed';

/**
 * What each feed holds, as the title of a page's `<link rel="alternate">` to it: a feed reader offers these names
 * when a reader subscribes from a page, so they say the site once and then what is in the feed — never the page's
 * own title (which a later page numbers).
 */
export const feedLinkTitles = {
  site: `${site.name} — all stories`,
  section: (section: Pick<Section, 'title'>) => `${site.name} — ${section.title}`,
  author: (author: Pick<Author, 'name'>) => `${site.name} — stories by ${author.name}`,
  topic: (topic: Pick<Topic, 'name'>) => `${site.name} — ${topic.name}`,
  /** A live story's posts: the feed holds that one story, so it is named by its headline. */
  live: (story: Pick<Article, 'title'>) => `${site.name} — ${story.title}`,
  corrections: `${site.name} — ${CORRECTIONS_TITLE.toLowerCase()}`,
} as const;
