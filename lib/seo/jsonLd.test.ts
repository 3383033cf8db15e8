import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { articleJsonLd, articleType, organizationJsonLd } from './jsonLd';

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
