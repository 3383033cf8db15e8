import { absoluteUrl, site } from '@/lib/config/site';
import type { ContentView } from '@/lib/content/contentView';
import { type Article, articlePath, type LivePost, livePostPath } from '@/lib/content/types';
import { livePostHeadline } from '@/lib/live/livePostHeadline';
import { LOGO_PATH } from '@/lib/seo/jsonLd';
import { FEED_ITEMS, type StoryFeed } from './storyFeed';

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
  const base = liveFeedBase(story);
  const section = view.section(story.section);
  return {
    title: `${story.title} · ${site.name}`,
    subtitle: story.dek,
    pageUrl: absoluteUrl(articlePath(story)),
    rssUrl: absoluteUrl(`${base}/rss.xml`),
    atomUrl: absoluteUrl(`${base}/atom.xml`),
    logoUrl: absoluteUrl(LOGO_PATH),
    iconUrl: absoluteUrl('/icon.svg'),
    language: site.language,
    rights: `© ${site.name}`,
    generator: site.name,
    updated: items.reduce<Date>((max, p) => (p.at > max ? p.at : max), story.publishedAt),
    entries: items.map((post) => ({
      title: livePostHeadline(post),
      url: absoluteUrl(livePostPath(story, post)),
      summary: summary(post.plainText),
      published: post.at,
      updated: post.at,
      authors: post.authors.map((slug) => ({
        name: view.author(slug)?.name ?? slug,
        url: absoluteUrl(`/authors/${slug}`),
      })),
      categories: [{ term: story.section, scheme: absoluteUrl('/'), label: section?.title ?? story.section }],
    })),
  };
}
