import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import type { Author, LivePost, Section } from '@/lib/content/types';
import { FEED_ITEMS, storyFeed } from './storyFeed';

const view = {
  author: (slug: string) => (slug === 'ada-vell' ? ({ name: 'Ada Vell' } as Author) : undefined),
  section: (slug: string) => (slug === 'city' ? ({ title: 'City & Port' } as Section) : undefined),
  livePosts: (): LivePost[] => [],
};
const scope = { title: 'Floods', description: 'Stories about floods.', pagePath: '/topics/floods', feedBase: '/x' };
const path = (url: string) => new URL(url).pathname;

describe('storyFeed', () => {
  it('lists the stories it is given, newest first as given, at most FEED_ITEMS', () => {
    const articles = Array.from({ length: FEED_ITEMS + 5 }, (_, i) => articleStub(`story-${i}`));
    const feed = storyFeed(scope, articles, view);
    expect(feed.entries).toHaveLength(FEED_ITEMS);
    expect(path(feed.entries[0]!.url)).toBe('/city/story-0');
  });

  it('names authors and the section, and files topics under /topics/', () => {
    const story = articleStub('sea-wall', {
      title: 'Sea wall <repaired>',
      dek: 'The wall is fixed.',
      authors: ['ada-vell', 'gone-author'],
      topics: [{ slug: 'floods', name: 'Floods & storms' }],
    });
    const [entry] = storyFeed(scope, [story], view).entries;
    expect(entry!.title).toBe('Sea wall <repaired>');
    expect(entry!.summary).toBe('The wall is fixed.');
    expect(entry!.authors.map((a) => [a.name, path(a.url)])).toEqual([
      ['Ada Vell', '/authors/ada-vell'],
      ['gone-author', '/authors/gone-author'],
    ]);
    expect(entry!.categories.map((c) => [c.term, path(c.scheme), c.label])).toEqual([
      ['city', '/', 'City & Port'],
      ['floods', '/topics/', 'Floods & storms'],
    ]);
  });

  it('dates the feed by its latest update, and its links by scope', () => {
    const feed = storyFeed(
      scope,
      [
        articleStub('a', { modifiedAt: new Date('2026-11-03T00:00:00Z') }),
        articleStub('b', { modifiedAt: new Date('2026-11-05T00:00:00Z') }),
      ],
      view,
    );
    expect(feed.updated.toISOString()).toBe('2026-11-05T00:00:00.000Z');
    expect(feed.title).toBe('Floods · Masthead');
    expect([feed.pageUrl, feed.rssUrl, feed.atomUrl].map(path)).toEqual([
      '/topics/floods',
      '/x/rss.xml',
      '/x/atom.xml',
    ]);
  });

  it('dates a live story’s entry, and so the feed, by its newest public post when that is later', () => {
    const live = articleStub('fire-live', {
      format: 'live',
      publishedAt: new Date('2026-11-25T05:40:00Z'),
      modifiedAt: new Date('2026-11-25T05:40:00Z'),
    });
    const other = articleStub('flood', { modifiedAt: new Date('2026-11-25T07:40:00Z') });
    const posts = { 'fire-live': [livePostStub('fire-live', 'latest', { at: new Date('2026-11-25T18:20:00Z') })] };
    const feed = storyFeed(scope, [live, other], {
      ...view,
      livePosts: (slug: string) => posts[slug as keyof typeof posts] ?? [],
    });
    expect(feed.entries.map((e) => e.updated.toISOString())).toEqual([
      '2026-11-25T18:20:00.000Z',
      '2026-11-25T07:40:00.000Z',
    ]);
    expect(feed.updated.toISOString()).toBe('2026-11-25T18:20:00.000Z');
  });
});
