import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import type { Author, Section } from '@/lib/content/types';
import { livePostRun } from '@/lib/live/testing/livePostRun';
import { atomXml } from './atomXml';
import { liveFeed } from './liveFeed';
import { FEED_ITEMS } from './storyFeed';

const view = {
  author: (slug: string) => (slug === 'ada-vell' ? ({ name: 'Ada Vell' } as Author) : undefined),
  section: (slug: string) => (slug === 'city' ? ({ title: 'City' } as Section) : undefined),
};
const story = articleStub('storm-live', {
  title: 'Storm Idris: live',
  dek: 'Updates through the night.',
  format: 'live',
  publishedAt: new Date('2026-11-28T06:00:00Z'),
});
const path = (url: string) => new URL(url).pathname;

describe('liveFeed', () => {
  it('lists the newest posts at their permalinks, at most FEED_ITEMS', () => {
    const feed = liveFeed(story, livePostRun('storm-live', FEED_ITEMS + 3), view);
    expect(feed.entries).toHaveLength(FEED_ITEMS);
    expect(path(feed.entries[0]!.url)).toBe(`/city/storm-live/posts/post-${FEED_ITEMS + 3}`);
    expect([feed.pageUrl, feed.atomUrl, feed.rssUrl].map(path)).toEqual([
      '/city/storm-live',
      '/feeds/live/storm-live/atom.xml',
      '/feeds/live/storm-live/rss.xml',
    ]);
    expect(feed.title).toBe('Storm Idris: live · Masthead');
    expect(feed.subtitle).toBe('Updates through the night.');
  });

  it('dates the feed by its newest post, or the story before the first', () => {
    expect(liveFeed(story, livePostRun('storm-live', 3), view).updated.toISOString()).toBe('2026-11-28T09:02:00.000Z');
    expect(liveFeed(story, [], view).updated.toISOString()).toBe('2026-11-28T06:00:00.000Z');
  });

  it('dates the feed by the story’s own update when that is later than its newest post', () => {
    const revised = { ...story, modifiedAt: new Date('2026-11-29T10:00:00Z') };
    expect(liveFeed(revised, livePostRun('storm-live', 3), view).updated.toISOString()).toBe(
      '2026-11-29T10:00:00.000Z',
    );
  });

  it('names each post by its title, or its time, with its own authors and text', () => {
    const titled = livePostStub('storm-live', 'gates-shut', {
      title: 'Harbour gates shut',
      authors: ['ada-vell', 'gone-author'],
      plainText: 'The Inner Basin gates closed at 07:10.',
      at: new Date('2026-11-28T07:12:00Z'),
    });
    const untitled = livePostStub('storm-live', 'wind', { at: new Date('2026-11-28T07:30:00Z') });
    const [first, second] = liveFeed(story, [untitled, titled], view).entries;
    expect(first!.title).toBe('Update at Sat 28 November 2026, 07:30 GMT');
    expect(second).toMatchObject({ title: 'Harbour gates shut', summary: 'The Inner Basin gates closed at 07:10.' });
    expect(second!.authors.map((a) => [a.name, path(a.url)])).toEqual([
      ['Ada Vell', '/authors/ada-vell'],
      ['gone-author', '/authors/gone-author'],
    ]);
    expect(second!.published.toISOString()).toBe('2026-11-28T07:12:00.000Z');
  });

  it('cuts a long summary at a word', () => {
    const long = livePostStub('storm-live', 'long', { plainText: `${'word '.repeat(200)}end` });
    const text = liveFeed(story, [long], view).entries[0]!.summary;
    expect(text.length).toBeLessThanOrEqual(601);
    expect(text.endsWith('word…')).toBe(true);
  });

  it('writes Atom', () => {
    const xml = atomXml(liveFeed(story, [livePostStub('storm-live', 'one', { title: 'One & two' })], view));
    expect(xml).toContain('<title type="text">One &amp; two</title>');
    expect(xml).toContain('<id>http://localhost:3000/city/storm-live/posts/one</id>');
  });
});
