import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { sectionStub, viewOf } from '@/lib/content/testing/viewOf';
import type { Author } from '@/lib/content/types';
import { canonicalRedirect } from './canonicalRedirect';

const story = articleStub('harbour-wall', {
  section: 'city',
  redirectFrom: ['old-wall'],
  topics: [{ slug: 'harbour', name: 'Harbour' }],
});
const draft = articleStub('secret-plan', { section: 'city', status: 'draft', redirectFrom: ['old-secret'] });
const view = viewOf(
  {
    articles: [story, draft],
    sections: [sectionStub('city')],
    authors: [{ slug: 'ada-vell' } as Author],
  },
  { now: new Date('2026-12-01T00:00:00Z'), preview: false },
);

describe('canonical redirects', () => {
  it.each([
    ['/city/harbour-wall', null],
    ['/sport/harbour-wall', '/city/harbour-wall'],
    ['/city/old-wall', '/city/harbour-wall'],
    ['/politics/old-wall', '/city/harbour-wall'],
    ['/City/Harbour-Wall', '/city/harbour-wall'],
    ['/CITY', '/city'],
    ['/NOWHERE', null],
    ['/city/no-such-story', null],
    ['/authors/harbour-wall', null],
    ['/topics/old-wall', null],
    ['/city/secret-plan', null],
    ['/sport/secret-plan', null],
    ['/city/old-secret', null],
    ['//evil.example/harbour-wall', null],
    ['/city/harbour-wall/extra', null],
    ['/city/..%2fharbour-wall', null],
  ])('%s -> %s', (path, target) => {
    expect(canonicalRedirect(path, view)).toBe(target);
  });
});
