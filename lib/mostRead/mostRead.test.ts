import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/types';
import { mostReadStories } from './mostRead';

const story = (slug: string, section = 'city') => ({ slug, section }) as Article;
const publicStories = new Map(
  [story('a'), story('b', 'sport'), story('c'), ...Array.from({ length: 12 }, (_, i) => story(`x${i}`))].map((s) => [
    s.slug,
    s,
  ]),
);
const view = { article: (slug: string) => publicStories.get(slug) };
const counts = (...slugs: string[]) => slugs.map((slug, i) => ({ slug, count: 100 - i }));

describe('mostReadStories', () => {
  it('keeps the order of the counts and drops what the view does not show', () => {
    expect(mostReadStories(counts('c', 'gone-private', 'a', 'b'), view).map((s) => s.slug)).toEqual(['c', 'a', 'b']);
  });

  it('lists at most ten', () => {
    const many = counts(...Array.from({ length: 12 }, (_, i) => `x${i}`));
    expect(mostReadStories(many, view).map((s) => s.slug)).toEqual([
      'x0',
      'x1',
      'x2',
      'x3',
      'x4',
      'x5',
      'x6',
      'x7',
      'x8',
      'x9',
    ]);
  });

  it("filters to a section's stories and leaves out the story being read", () => {
    expect(mostReadStories(counts('a', 'b', 'c'), view, { section: 'city' }).map((s) => s.slug)).toEqual(['a', 'c']);
    expect(mostReadStories(counts('a', 'b', 'c'), view, { except: 'a' }).map((s) => s.slug)).toEqual(['b', 'c']);
  });
});
