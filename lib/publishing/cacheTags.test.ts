import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import { viewOf } from '@/lib/content/testing/viewOf';
import type { Article, Author, LivePost } from '@/lib/content/types';
import { contentChange } from './cacheTags';

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

describe('what a live post revalidates', () => {
  const live = articleStub('storm-live', { source: 'v1', section: 'city', format: 'live', authors: ['ada'] });
  const post = livePostStub('storm-live', 'gates-shut', { source: 'v1', authors: ['bo'] });
  const withPosts = (...livePosts: LivePost[]) => viewOf({ articles: [live, b], livePosts });

  it('an added, edited or removed post: only its story’s pages, manifest and feed', () => {
    const added = contentChange(withPosts(), withPosts(post));
    expect(added).toEqual({
      added: ['live/storm-live/gates-shut'],
      updated: [],
      removed: [],
      tags: ['live:storm-live'],
    });
    const edited = contentChange(withPosts(post), withPosts({ ...post, source: 'v2' }));
    expect(edited).toEqual({
      added: [],
      updated: ['live/storm-live/gates-shut'],
      removed: [],
      tags: ['live:storm-live'],
    });
    expect(contentChange(withPosts(post), withPosts()).removed).toEqual(['live/storm-live/gates-shut']);
  });

  it('an author’s change reaches the posts they wrote as well as their stories', () => {
    const before = viewOf({ articles: [live], livePosts: [post], authors: [{ slug: 'bo', name: 'Bo' } as Author] });
    const after = viewOf({ articles: [live], livePosts: [post], authors: [{ slug: 'bo', name: 'Bo Rune' } as Author] });
    expect(contentChange(before, after).tags).toContain('live:storm-live');
  });
});
