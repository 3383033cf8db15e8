import { describe, expect, it } from 'vitest';
import { buildIndex } from './buildIndex';
import { articleStub } from './testing/articleStub';

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
});
