import { absoluteUrl } from '@/lib/config/site';
import type { ContentView } from '@/lib/content/contentView';
import { type Article, articlePath, type LivePost, livePostPath } from '@/lib/content/types';
import { livePostHeadline } from '@/lib/live/livePostHeadline';
import { storyModifiedAt } from '@/lib/live/storyModifiedAt';
import { FEED_ITEMS, feedAuthors, feedHead, type StoryFeed } from './storyFeed';

/** A summary is the post's text up to this many characters, cut at a word. */
const SUMMARY_CHARACTERS = 600;

export function liveFeedBase(story: Pick<Article, 'slug'>): string {
  return `/feeds/live/${story.slug}`;
}

function summary(text: string): string {
  if (text.length <= SUMMARY_CHARACTERS) return text;
  const cut = text.slice(0, SUMMARY_CHARACTERS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : SUMMARY_CHARACTERS)}…`;
}

/**
 * The posts of one live story as a feed: the newest `FEED_ITEMS` public posts, each entry at its
 * permalink. `posts` are what readers see, newest first (`ContentView.livePosts`).
 */
export function liveFeed(
  story: Article,
  posts: readonly LivePost[],
  view: Pick<ContentView, 'author' | 'section'>,
): StoryFeed {
  const items = posts.slice(0, FEED_ITEMS);
  const section = view.section(story.section);
  return {
    ...feedHead({
      title: story.title,
      description: story.dek,
      pagePath: articlePath(story),
      feedBase: liveFeedBase(story),
    }),
    updated: storyModifiedAt(story, posts),
    entries: items.map((post) => ({
      title: livePostHeadline(post),
      url: absoluteUrl(livePostPath(story, post)),
      summary: summary(post.plainText),
      published: post.at,
      updated: post.at,
      authors: feedAuthors(post.authors, view),
      categories: [{ term: story.section, scheme: absoluteUrl('/'), label: section?.title ?? story.section }],
    })),
  };
}
