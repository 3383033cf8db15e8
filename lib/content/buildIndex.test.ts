import { describe, expect, it } from 'vitest';
import { buildIndex } from './buildIndex';
import { articleStub } from './testing/articleStub';
import { livePostStub } from './testing/livePostStub';

describe('building the index', () => {
  it('sorts stories newest first (then by slug), sections by order, problems by place, and maps old slugs', () => {
    const at = (iso: string) => new Date(iso);
    const index = buildIndex(
      [
        { slug: 'sport', file: '', title: 'Sport', description: '', order: 2, intro: '' },
        { slug: 'city', file: '', title: 'City', description: '', order: 1, intro: '' },
      ],
      [],
      [
        articleStub('b', { publishedAt: at('2026-11-01T09:00:00Z') }),
        articleStub('c', { publishedAt: at('2026-11-02T09:00:00Z'), redirectFrom: ['old-c'] }),
        articleStub('a', { publishedAt: at('2026-11-01T09:00:00Z') }),
      ],
      [
        { file: 'b.mdx', line: 1, column: 1, severity: 'error', message: 'b' },
        { file: 'a.mdx', line: 9, column: 1, severity: 'error', message: 'a9' },
        { file: 'a.mdx', line: 2, column: 5, severity: 'warning', message: 'a2' },
      ],
    );
    expect(index.articles.map((a) => a.slug)).toEqual(['c', 'a', 'b']);
    expect(index.sections.map((s) => s.slug)).toEqual(['city', 'sport']);
    expect(index.problems.map((p) => p.message)).toEqual(['a2', 'a9', 'b']);
    expect(index.redirects.get('old-c')).toBe('c');
    expect(index.articlesBySlug.get('a')!.slug).toBe('a');
  });

  it('groups live posts by story, newest first, a later-named file first at the same time', () => {
    const at = (iso: string) => new Date(iso);
    const index = buildIndex([], [], [], [], undefined, [
      livePostStub('storm', 'a', { at: at('2026-11-01T10:00:00Z') }),
      livePostStub('fire', 'x', { at: at('2026-11-01T09:00:00Z') }),
      livePostStub('storm', 'c', { at: at('2026-11-01T11:00:00Z') }),
      livePostStub('storm', 'b', { at: at('2026-11-01T10:00:00Z') }),
    ]);
    expect(index.livePostsByStory.get('storm')!.map((p) => p.slug)).toEqual(['c', 'b', 'a']);
    expect(index.livePostsByStory.get('fire')!.map((p) => p.slug)).toEqual(['x']);
    expect(index.livePosts).toHaveLength(4);
  });
});
