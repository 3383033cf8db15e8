import { describe, expect, it } from 'vitest';
import { authorFixture } from '@/components/testing/fixtures';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import { articleJsonLd, articleType, liveBlogJsonLd, organizationJsonLd, profilePageJsonLd } from './jsonLd';

const section = { slug: 'city', file: '', title: 'City', description: '', order: 1, intro: '' };

describe('articleType', () => {
  it('keeps NewsArticle and adds the schema.org subtype where there is one', () => {
    expect(articleType('news')).toBe('NewsArticle');
    expect(articleType('analysis')).toEqual(['NewsArticle', 'AnalysisNewsArticle']);
    expect(articleType('opinion')).toEqual(['NewsArticle', 'OpinionNewsArticle']);
    expect(articleType('explainer')).toEqual(['NewsArticle', 'BackgroundNewsArticle']);
    expect(articleType('review')).toEqual(['NewsArticle', 'ReviewNewsArticle']);
    expect(articleType('interview')).toBe('NewsArticle');
  });
});

describe('organizationJsonLd', () => {
  it('names each role by the absolute URL of its page', () => {
    const org = organizationJsonLd(
      new Map([
        ['correctionsPolicy', { slug: 'corrections-policy' }],
        ['masthead', { slug: 'masthead' }],
      ]),
    );
    expect(org.correctionsPolicy).toMatch(/^https?:\/\/[^/]+\/about\/corrections-policy$/);
    expect(org.masthead).toMatch(/^https?:\/\/[^/]+\/about\/masthead$/);
    expect(org).not.toHaveProperty('ethicsPolicy');
  });
});

describe('articleJsonLd', () => {
  it('lists corrections and clarifications as CorrectionComment, not routine updates', () => {
    const article = articleStub('harbour-wall', {
      format: 'analysis',
      updates: [
        { at: new Date('2026-11-05T10:00:00Z'), kind: 'clarification', note: 'Clarified.' },
        { at: new Date('2026-11-04T10:00:00Z'), kind: 'update', note: 'Updated.' },
        { at: new Date('2026-11-03T10:00:00Z'), kind: 'correction', note: 'Corrected.' },
      ],
    });
    const [ld] = articleJsonLd(article, [], section);
    expect(ld!['@type']).toEqual(['NewsArticle', 'AnalysisNewsArticle']);
    expect(ld!.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Clarified.', datePublished: '2026-11-05T10:00:00.000Z' },
      { '@type': 'CorrectionComment', text: 'Corrected.', datePublished: '2026-11-03T10:00:00.000Z' },
    ]);
  });
});

describe('liveBlogJsonLd', () => {
  const story = articleStub('storm-idris-live', {
    title: 'Storm Idris: live',
    dek: 'Gales and a surge tide along the coast.',
    format: 'live',
    publishedAt: new Date('2026-11-28T06:00:00Z'),
    modifiedAt: new Date('2026-11-28T06:00:00Z'),
  });
  const pinned = livePostStub('storm-idris-live', 'how-to-get-help', {
    title: 'How to get help',
    pinned: true,
    plainText: 'Call 0100 if water comes in.',
    at: new Date('2026-11-28T06:05:00Z'),
  });
  const untitled = livePostStub('storm-idris-live', 'wind-speeds', {
    plainText: 'Gusts of 70 mph at Gullscar Point.',
    at: new Date('2026-11-28T09:40:00Z'),
  });
  const ada = authorFixture('ada-vell', 'Ada Vell', 'Reporter');

  it('dates the blog by its newest post and lists each post on the page as a BlogPosting', () => {
    const [blog, crumbs] = liveBlogJsonLd(story, [ada], section, {
      onPage: [pinned, untitled],
      publicPosts: [untitled, pinned],
      pagePath: '/city/storm-idris-live',
    });
    expect(blog).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      '@id': 'http://localhost:3000/city/storm-idris-live#live',
      url: 'http://localhost:3000/city/storm-idris-live',
      headline: 'Storm Idris: live',
      description: 'Gales and a surge tide along the coast.',
      image: ['http://localhost:3000/cards/storm-idris-live.png'],
      datePublished: '2026-11-28T06:00:00.000Z',
      dateModified: '2026-11-28T09:40:00.000Z',
      coverageStartTime: '2026-11-28T06:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Ada Vell', url: 'http://localhost:3000/authors/ada-vell' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Masthead' },
    });
    expect(blog).not.toHaveProperty('coverageEndTime');
    expect(blog!.liveBlogUpdate).toEqual([
      {
        '@type': 'BlogPosting',
        headline: 'How to get help',
        datePublished: '2026-11-28T06:05:00.000Z',
        url: 'http://localhost:3000/city/storm-idris-live/posts/how-to-get-help',
        articleBody: 'Call 0100 if water comes in.',
      },
      {
        '@type': 'BlogPosting',
        headline: 'Update at Sat 28 November 2026, 09:40 GMT',
        datePublished: '2026-11-28T09:40:00.000Z',
        url: 'http://localhost:3000/city/storm-idris-live/posts/wind-speeds',
        articleBody: 'Gusts of 70 mph at Gullscar Point.',
      },
    ]);
    expect(crumbs!['@type']).toBe('BreadcrumbList');
  });

  it('ends the coverage at liveUntil, and a later page is its own URL', () => {
    const ended = { ...story, liveUntil: new Date('2026-11-29T18:00:00Z') };
    const [blog] = liveBlogJsonLd(ended, [], section, {
      onPage: [],
      publicPosts: [],
      pagePath: '/city/storm-idris-live/page/2',
    });
    expect(blog).toMatchObject({
      url: 'http://localhost:3000/city/storm-idris-live/page/2',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'http://localhost:3000/city/storm-idris-live/page/2' },
      dateModified: '2026-11-28T06:00:00.000Z',
      coverageEndTime: '2026-11-29T18:00:00.000Z',
      liveBlogUpdate: [],
    });
  });

  it('dates the blog by the story’s own update when that came after its newest post', () => {
    const revised = { ...story, modifiedAt: new Date('2026-11-29T08:00:00Z') };
    const [blog] = liveBlogJsonLd(revised, [], section, {
      onPage: [untitled],
      publicPosts: [untitled, pinned],
      pagePath: '/city/storm-idris-live',
    });
    expect(blog!.dateModified).toBe('2026-11-29T08:00:00.000Z');
  });
});

describe('profilePageJsonLd', () => {
  it('dates the page by the latest change to any of the author’s stories, live posts included', () => {
    const ada = authorFixture('ada-vell', 'Ada Vell', 'Reporter');
    const newest = articleStub('newest', { publishedAt: new Date('2026-11-26T07:00:00Z') });
    const revised = articleStub('revised', {
      publishedAt: new Date('2026-11-20T07:00:00Z'),
      modifiedAt: new Date('2026-11-27T09:00:00Z'),
    });
    const live = articleStub('live', { format: 'live', publishedAt: new Date('2026-11-25T05:40:00Z') });
    const posts = { live: [livePostStub('live', 'latest', { at: new Date('2026-11-28T18:20:00Z') })] };
    const postsOf = (slug: string) => posts[slug as keyof typeof posts] ?? [];
    expect(profilePageJsonLd(ada, [newest, revised], { livePosts: postsOf }).dateModified).toBe(
      '2026-11-27T09:00:00.000Z',
    );
    expect(profilePageJsonLd(ada, [newest, live, revised], { livePosts: postsOf }).dateModified).toBe(
      '2026-11-28T18:20:00.000Z',
    );
    expect(profilePageJsonLd(ada, [], { livePosts: postsOf })).not.toHaveProperty('dateModified');
  });
});
