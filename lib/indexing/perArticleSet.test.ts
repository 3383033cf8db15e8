import { describe, expect, it } from 'vitest';
import type { ContentView } from '@/lib/content/contentView';
import type { Article } from '@/lib/content/types';
import { perArticleSet } from './perArticleSet';

const viewWith = (articles: Article[]) => ({ articles }) as unknown as ContentView;

describe('one build per set of visible stories', () => {
  it('shares one build between callers of the same set, and builds again for a new set', async () => {
    let builds = 0;
    const build = perArticleSet(async () => ++builds);
    const same = viewWith([]);
    expect(await Promise.all([build(same), build(same), build(viewWith(same.articles))])).toEqual([1, 1, 1]);
    expect(await build(viewWith([]))).toBe(2);
  });

  it('does not keep a failed build: the next caller tries again', async () => {
    let calls = 0;
    const build = perArticleSet(async () => {
      calls += 1;
      if (calls === 1) throw new Error('disk hiccup');
      return 'index';
    });
    const view = viewWith([]);
    await expect(build(view)).rejects.toThrow('disk hiccup');
    expect(await build(view)).toBe('index');
  });
});
