import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import { viewOf } from '@/lib/content/testing/viewOf';
import type { Article, Author } from '@/lib/content/types';
import { contentChange, livePostTags } from './cacheTags';

const index = (articles: Article[]) => viewOf({ articles });
const topic = (slug: string) => ({ slug, name: slug });
const a = articleStub('a', { source: 'v1', section: 'city', authors: ['ada'], topics: [topic('floods')] });
const b = articleStub('b', { source: 'v1', section: 'sport', authors: ['bo'], topics: [topic('rovers')] });

describe('what a content change revalidates', () => {
  it('nothing when nothing changed', () => {
    expect(contentChange(index([a, b]), index([a, b]))).toEqual({ added: [], updated: [], removed: [], tags: [] });
  });

  it('an edited story: its page, section, authors, topics, and the site-wide lists — not an unrelated story', () => {
    const change = contentChange(index([a, b]), index([{ ...a, source: 'v2' }, b]));
    expect(change.updated).toEqual(['a']);
    expect(change.tags).toEqual([
      'author:ada',
      'feeds',
      'search',
      'section:city',
      'site-indexes',
      'sitemaps',
      'story:a',
      'topic:floods',
    ]);
    expect(change.tags.some((t) => t.endsWith(':b') || t === 'section:sport')).toBe(false);
  });

  it('a story moved to another section invalidates both sections', () => {
    const change = contentChange(index([a]), index([{ ...a, source: 'v2', section: 'politics' }]));
    expect(change.tags).toEqual(expect.arrayContaining(['section:city', 'section:politics']));
  });

  it('added and removed stories', () => {
    const change = contentChange(index([a]), index([b]));
    expect(change.added).toEqual(['b']);
    expect(change.removed).toEqual(['a']);
    expect(change.tags).toEqual(expect.arrayContaining(['story:a', 'story:b', 'section:city', 'section:sport']));
  });
});

describe('breaking news and live posts', () => {
  const story = articleStub('storm', { source: 'v1', section: 'city', authors: ['ada'], format: 'live' });

  it('setting or clearing the flag alone regenerates the Breaking strip and the story, nothing else', () => {
    const flagged = { ...story, source: 'v2', breaking: true };
    expect(contentChange(index([story, b]), index([flagged, b]))).toEqual({
      added: [],
      updated: ['storm'],
      removed: [],
      tags: ['breaking', 'story:storm'],
    });
    expect(contentChange(index([flagged, b]), index([{ ...story, source: 'v3' }, b])).tags).toEqual([
      'breaking',
      'story:storm',
    ]);
  });

  it('any other edit of a breaking story is an ordinary edit that also touches the strip', () => {
    const flagged = { ...story, breaking: true };
    const change = contentChange(index([flagged]), index([{ ...flagged, source: 'v2', title: 'New headline' }]));
    expect(change.tags).toEqual([
      'author:ada',
      'breaking',
      'feeds',
      'search',
      'section:city',
      'site-indexes',
      'sitemaps',
      'story:storm',
    ]);
  });

  it('a live post added, edited or removed regenerates its story’s pages and what dates it by its posts', () => {
    const post = (slug: string, source = 'v1') => livePostStub('storm', slug, { source });
    const before = viewOf({ articles: [story, b], livePosts: [post('one'), post('two'), post('three')] });
    const after = viewOf({ articles: [story, b], livePosts: [post('one'), post('two', 'v2'), post('four')] });
    expect(contentChange(before, after)).toEqual({
      added: ['live/storm/four'],
      updated: ['live/storm/two'],
      removed: ['live/storm/three'],
      tags: ['live-posts', 'story:storm'],
    });
  });

  it('a feed or sitemap listing a live story is tagged to regenerate on a new post; one without is not', () => {
    expect(livePostTags([b, story])).toEqual(['live-posts']);
    expect(livePostTags([a, b])).toEqual([]);
  });

  it('an author’s change reaches the live stories they posted on, not only their own stories', () => {
    const post = livePostStub('storm', 'gates', { authors: ['bo'] });
    const bo = (name: string) => ({ slug: 'bo', name }) as Author;
    const before = viewOf({ articles: [story], livePosts: [post], authors: [bo('Bo')] });
    const after = viewOf({ articles: [story], livePosts: [post], authors: [bo('Bo Rune')] });
    expect(contentChange(before, after).tags).toContain('story:storm');
  });
});
