import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { sectionStub, viewOf } from '@/lib/content/testing/viewOf';
import type { Author } from '@/lib/content/types';
import { gateRequest } from './requestGate';

const story = articleStub('harbour-wall', {
  section: 'city',
  redirectFrom: ['old-wall'],
  image: { src: '/images/stories/harbour-wall.jpg', alt: '', width: 800, height: 600 },
  figureSizes: { '/images/stories/harbour-wall-2.jpg': { width: 800, height: 600 } },
  topics: [{ slug: 'harbour', name: 'Harbour' }],
});
const draft = articleStub('secret-plan', {
  section: 'city',
  status: 'draft',
  image: { src: '/images/stories/secret-plan.jpg', alt: '', width: 800, height: 600 },
});
const author = { slug: 'ada-vell', avatar: { src: '/images/authors/ada-vell.jpg', alt: '' } } as Author;
const view = viewOf(
  { articles: [story, draft], sections: [sectionStub('city')], authors: [author] },
  { now: new Date('2026-12-01T00:00:00Z'), preview: false },
);

const pass = { action: 'pass' };
const publicImage = { action: 'pass', cacheControl: 'public, max-age=86400, stale-while-revalidate=604800' };
const privateImage = { action: 'pass', cacheControl: 'private, no-store' };
const notFound = { action: 'not-found' };

describe('the request gate in front of Next.js', () => {
  it.each([
    ['GET', '/city/harbour-wall', '', false, pass],
    ['HEAD', '/city/harbour-wall', '', false, pass],
    ['PUT', '/city/harbour-wall', '', false, { action: 'method-not-allowed' }],
    ['POST', '/city/harbour-wall', '', false, { action: 'method-not-allowed' }],
    ['OPTIONS', '/', '', false, { action: 'method-not-allowed' }],
    ['TRACE', '/city/', '', false, { action: 'method-not-allowed' }],
    ['POST', '/api/revalidate', '', false, pass],
    ['POST', '/api/views', '', false, pass],
    ['PUT', '/api/views', '', false, { action: 'method-not-allowed' }],
    ['POST', '/api/views/x', '', false, { action: 'method-not-allowed' }],
    ['GET', '/sport/old-wall', '', false, { action: 'redirect', location: '/city/harbour-wall' }],
    ['GET', '/City', '', false, { action: 'redirect', location: '/city' }],
    ['GET', '/city/no-such-story', '', false, notFound],
    ['GET', '/city/secret-plan', '', false, notFound],
    ['GET', '/city/secret-plan', '', true, pass],
    ['GET', '/preview/secret-plan', '', false, notFound],
    ['GET', '/preview/secret-plan', '', true, pass],
    ['GET', '/_next/static/chunks/app.js', '', false, pass],
    ['GET', '/%2e%2e', '', false, pass],
    ['GET', '/city/../nowhere', '', false, pass],
    ['GET', '/city/', '', false, pass],
    ['GET', '/nowhere/', '', false, pass],
    ['GET', '/nowhere/page/2', '?x=1', false, notFound],
  ] as const)('%s %s%s (preview %s) -> %o', (method, path, search, preview, decision) => {
    expect(gateRequest(method, path, search, preview, view)).toEqual(decision);
  });
});

describe('images of stories that are not public are hidden from readers', () => {
  const optimized = (src: string) => `?url=${encodeURIComponent(src)}&w=640&q=65`;
  it.each([
    ['/images/stories/harbour-wall.jpg', '', false, publicImage],
    ['/images/stories/harbour-wall-2.jpg', '', false, publicImage],
    ['/images/authors/ada-vell.jpg', '', false, publicImage],
    ['/images/stories/secret-plan.jpg', '', false, notFound],
    ['/images/stories/secret-plan.jpg', '', true, privateImage],
    ['/images/stories/never-used.jpg', '', false, notFound],
    ['/images/authors/../stories/secret-plan.jpg', '', false, notFound],
    ['/_next/image', optimized('/images/stories/harbour-wall.jpg'), false, pass],
    ['/_next/image', optimized('/images/stories/secret-plan.jpg'), false, notFound],
    ['/_next/image', optimized('/images/authors/../stories/secret-plan.jpg'), false, notFound],
    ['/_next/image', optimized('/images/stories/secret-plan.jpg'), true, pass],
    ['/_next/image', optimized('/logo.png'), false, pass],
  ] as const)('%s%s (preview %s) -> %o', (path, search, preview, decision) => {
    expect(gateRequest('GET', path, search, preview, view)).toEqual(decision);
  });
});
