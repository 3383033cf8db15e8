import { parseBodyTree, plainText } from '@/lib/text/bodyTree';
import type { Article } from '../types';

/** A minimal valid Article for pure-function tests. */
export function articleStub(slug: string, overrides: Partial<Article> = {}): Article {
  const publishedAt = overrides.publishedAt ?? new Date('2026-11-01T09:00:00Z');
  return {
    slug,
    file: `content/articles/${slug}.mdx`,
    source: '',
    body: '',
    title: slug.replace(/-/g, ' '),
    dek: '',
    section: 'city',
    authors: ['ada-vell'],
    publishedAt,
    modifiedAt: publishedAt,
    status: 'published',
    format: 'news',
    breaking: false,
    topics: [],
    updates: [],
    related: [],
    redirectFrom: [],
    figureSizes: {},
    plainText: plainText(parseBodyTree(overrides.body ?? '')),
    wordCount: 0,
    readingMinutes: 1,
    ...overrides,
  };
}
