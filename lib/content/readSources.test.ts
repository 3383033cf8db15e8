import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSources } from './readSources';
import { SourceCache } from './sourceCache';
import { article, type Fixture, livePost, makeFixture } from './testing/contentFixture';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.remove());

describe('reading sources', () => {
  it('reads each folder sorted by name, with the slug from the file name', () => {
    fx.write('articles/b.mdx', article());
    fx.write('articles/a.md', article());
    fx.write('articles/notes.txt', 'not content');
    const sources = readSources(fx.contentDir);
    expect(sources.articles.map((s) => s.slug)).toEqual(['a', 'b']);
    expect(sources.sections.map((s) => s.slug)).toEqual(['city']);
    expect(sources.articles[1]!.source).toBe(article());
    expect(sources.problems).toEqual([]);
  });

  it('a missing folder is a problem', () => {
    fs.rmSync(path.join(fx.contentDir, 'authors'), { recursive: true });
    expect(readSources(fx.contentDir).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^folder is missing: create .*authors\/ with \.mdx files$/),
    ]);
  });

  it('with a cache, an unchanged file is the same object and a changed one is new', () => {
    const cache = new SourceCache();
    fx.write('articles/a.mdx', article());
    fx.write('articles/b.mdx', article());
    const first = readSources(fx.contentDir, cache);
    fx.write('articles/b.mdx', article({ title: '"Changed, and longer"' }));
    const second = readSources(fx.contentDir, cache);
    expect(second.articles[0]).toBe(first.articles[0]);
    expect(second.articles[1]).not.toBe(first.articles[1]);
  });

  it('reads live posts from one folder per story, each knowing its story; the folder is optional', () => {
    expect(readSources(fx.contentDir).livePosts).toEqual([]);
    fx.write('live/storm/b.mdx', livePost());
    fx.write('live/storm/a.mdx', livePost());
    fx.write('live/fire/a.mdx', livePost());
    const posts = readSources(fx.contentDir).livePosts;
    expect(posts.map((p) => `${p.story}/${p.slug}`)).toEqual(['fire/a', 'storm/a', 'storm/b']);
    expect(posts[0]!.file).toMatch(/content\/live\/fire\/a\.mdx$/);
  });

  it('a post outside a story folder is a problem', () => {
    fx.write('live/stray.mdx', livePost());
    expect(readSources(fx.contentDir).problems.map((p) => p.message)).toEqual([
      'a post must be in its story’s folder: move it to live/<story-slug>/',
    ]);
  });

  it('with a cache, an unchanged post is the same object, story included', () => {
    const cache = new SourceCache();
    fx.write('live/storm/a.mdx', livePost());
    const first = readSources(fx.contentDir, cache).livePosts[0];
    const second = readSources(fx.contentDir, cache).livePosts[0];
    expect(second).toBe(first);
    expect(second!.story).toBe('storm');
  });
});
