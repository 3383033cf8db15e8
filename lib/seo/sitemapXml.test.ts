import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import { sectionStub, viewOf } from '@/lib/content/testing/viewOf';
import { readerAudience } from '@/lib/content/visibility';
import { childSitemaps } from './childSitemaps';
import { newsSitemapXml } from './sitemapXml';

const fire = articleStub('fire-live', {
  format: 'live',
  publishedAt: new Date('2026-11-25T05:40:00Z'),
  modifiedAt: new Date('2026-11-25T05:40:00Z'),
  topics: [{ slug: 'transport', name: 'Transport' }],
});
const flood = articleStub('flood', {
  publishedAt: new Date('2026-11-24T06:45:00Z'),
  modifiedAt: new Date('2026-11-25T07:40:00Z'),
  topics: [{ slug: 'transport', name: 'Transport' }],
});
const livePosts = [
  livePostStub('fire-live', 'newest-public', { at: new Date('2026-11-25T18:20:00Z') }),
  livePostStub('fire-live', 'draft', { at: new Date('2026-11-25T19:05:00Z'), status: 'draft' }),
  livePostStub('fire-live', 'scheduled', { at: new Date('2027-03-01T06:00:00Z') }),
];
const readersAt = (now: string) =>
  viewOf({ articles: [fire, flood], sections: [sectionStub('city')], livePosts }, readerAudience(new Date(now)));

const lastmod = (entries: { path: string; lastmod?: Date }[] | undefined, path: string) =>
  entries?.find((e) => e.path === path)?.lastmod?.toISOString();

describe('sitemap lastmod', () => {
  it('dates a live story, and every listing of it, by its newest public post', () => {
    const maps = childSitemaps(readersAt('2026-12-08T03:00:00Z'));
    expect(lastmod(maps.get('articles-1.xml'), '/city/fire-live')).toBe('2026-11-25T18:20:00.000Z');
    expect(lastmod(maps.get('articles-1.xml'), '/city/flood')).toBe('2026-11-25T07:40:00.000Z');
    expect(lastmod(maps.get('sections.xml'), '/')).toBe('2026-11-25T18:20:00.000Z');
    expect(lastmod(maps.get('sections.xml'), '/city')).toBe('2026-11-25T18:20:00.000Z');
    expect(lastmod(maps.get('topics.xml'), '/topics/transport')).toBe('2026-11-25T18:20:00.000Z');
  });

  it('gives the same time in the news sitemap', () => {
    const xml = newsSitemapXml(readersAt('2026-11-26T03:00:00Z'));
    expect(xml).toContain(
      '<loc>http://localhost:3000/city/fire-live</loc>\n    <lastmod>2026-11-25T18:20:00Z</lastmod>',
    );
    expect(xml).toContain('<loc>http://localhost:3000/city/flood</loc>\n    <lastmod>2026-11-25T07:40:00Z</lastmod>');
  });
});
