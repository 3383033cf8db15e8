import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { sectionStub, viewOf } from '@/lib/content/testing/viewOf';
import type { Author } from '@/lib/content/types';
import type { PreviewGrant } from '@/lib/preview/previewSession';
import { type GateContext, gateRequest } from './requestGate';

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
const otherDraft = articleStub('other-plan', {
  section: 'city',
  status: 'draft',
  image: { src: '/images/stories/other-plan.jpg', alt: '', width: 800, height: 600 },
});
const author = { slug: 'ada-vell', avatar: { src: '/images/authors/ada-vell.jpg', alt: '' } } as Author;
const now = new Date('2026-12-01T00:00:00Z');
const content = { articles: [story, draft, otherDraft], sections: [sectionStub('city')], authors: [author] };
const readers = viewOf(content, { now, preview: false });
const BUILD_FILES = new Set(['/_next/static/chunks/app.js', '/_next/static/chunks/[root]__a.css']);

function contextFor(grant: PreviewGrant | null): GateContext {
  const view = grant?.kind === 'story' ? viewOf(content, { now, preview: true, story: grant.slug }) : readers;
  return {
    readers,
    view,
    grant,
    buildFile: (path) => BUILD_FILES.has(path),
    images: { widths: new Set([32, 640, 1080]), qualities: new Set([65]) },
  };
}
const reader = contextFor(null);
const storyLink = contextFor({ kind: 'story', slug: 'secret-plan' });
const desk = contextFor({ kind: 'desk' });
const who = { reader, storyLink, desk };

const pass = { action: 'pass' };
const publicImage = { action: 'pass', cacheControl: 'public, max-age=86400, stale-while-revalidate=604800' };
const privateImage = { action: 'pass', cacheControl: 'private, no-store' };
const notFound = { action: 'not-found' };
const redirect = (location: string) => ({ action: 'redirect', location });
const badRequest = { action: 'bad-request' };
const notAllowed = { action: 'method-not-allowed' };

describe('the request gate in front of Next.js', () => {
  it.each([
    ['GET', '/city/harbour-wall', '', 'reader', pass],
    ['HEAD', '/city/harbour-wall', '', 'reader', pass],
    ['PUT', '/city/harbour-wall', '', 'reader', notAllowed],
    ['POST', '/city/harbour-wall', '', 'reader', notAllowed],
    ['OPTIONS', '/', '', 'reader', notAllowed],
    ['TRACE', '/city/', '', 'reader', notAllowed],
    ['POST', '/api/revalidate', '', 'reader', pass],
    ['POST', '/api//revalidate', '', 'reader', notAllowed],
    ['POST', '/api/x/../revalidate', '', 'reader', notAllowed],
    ['POST', '/api/views', '', 'reader', pass],
    ['PUT', '/api/views', '', 'reader', notAllowed],
    ['POST', '/api/views/x', '', 'reader', notAllowed],
    ['GET', '/sport/old-wall', '', 'reader', redirect('/city/harbour-wall')],
    ['GET', '/City', '', 'reader', redirect('/city')],
    ['GET', '/city/no-such-story', '', 'reader', notFound],
    ['GET', '/city/secret-plan', '', 'reader', notFound],
    ['GET', '/preview', '', 'reader', notFound],
    ['GET', '/preview/secret-plan', '', 'reader', notFound],
    ['GET', '/_next/static/chunks/app.js', '', 'reader', pass],
    ['GET', '/_next/static/chunks/%5Broot%5D__a.css', '', 'reader', pass],
    ['GET', '/nowhere/page/2', '?x=1', 'reader', notFound],
  ] as const)('%s %s%s (%s) -> %o', (method, path, search, asker, decision) => {
    expect(gateRequest(method, path, search, who[asker])).toEqual(decision);
  });
});

describe('the gate judges the path Next.js would serve', () => {
  it.each([
    ['/city/', redirect('/city')],
    ['/city//harbour-wall', redirect('/city/harbour-wall')],
    ['/x/../city/harbour-wall', redirect('/city/harbour-wall')],
    ['/city/./harbour-wall', redirect('/city/harbour-wall')],
    ['/%63ity', redirect('/city')],
    ['/x/%2e%2e/city', redirect('/city')],
    ['/city\\harbour-wall', redirect('/city/harbour-wall')],
    ['/_next/static/chunks/[root]__a.css', redirect('/_next/static/chunks/%5Broot%5D__a.css')],
    ['/nowhere/', notFound],
    ['/%2e%2e', redirect('/')],
    ['/city/../nowhere', notFound],
    ['/city/./zzq', notFound],
    ['/x/../topics/zzq', notFound],
    ['/city/zzq"1', notFound],
    ['/city/%252e%252e', notFound],
    ['/city/harbour-wall%00', notFound],
    ['/%E0%A4%A', badRequest],
    ['*', badRequest],
    ['http://evil.example/city', badRequest],
  ] as const)('GET %s -> %o', (target, decision) => {
    expect(gateRequest('GET', target, '', reader)).toEqual(decision);
  });

  it.each([
    '/_next/static/chunks/made-up.js',
    '/_next/static/chunks/app.js/x',
    '/_next/made-up',
    '/_next',
    '/_next/data/build/index.json',
    '/_next/static/../../package.json',
    '/_next/webpack-hmr',
  ])('passes nothing under /_next/ that is not a file of the build: %s', (target) => {
    expect(gateRequest('GET', target, '', reader)).toEqual(notFound);
  });

  it('answers 400 to asterisk-form targets whatever the method', () => {
    for (const method of ['GET', 'OPTIONS', 'POST', 'TRACE'])
      expect(gateRequest(method, '*', '', reader)).toEqual(badRequest);
  });
});

describe('images of stories that are not public are hidden from readers', () => {
  const optimized = (src: string, w = '640', q = '65') => `?url=${encodeURIComponent(src)}&w=${w}&q=${q}`;
  it.each([
    ['/images/stories/harbour-wall.jpg', '', 'reader', publicImage],
    ['/images/stories/harbour-wall-2.jpg', '', 'reader', publicImage],
    ['/images/authors/ada-vell.jpg', '', 'reader', publicImage],
    ['/images/stories/secret-plan.jpg', '', 'reader', notFound],
    ['/images/stories/secret-plan.jpg', '', 'storyLink', privateImage],
    ['/images/stories/other-plan.jpg', '', 'storyLink', notFound],
    ['/images/stories/other-plan.jpg', '', 'desk', privateImage],
    ['/images/stories/never-used.jpg', '', 'reader', notFound],
    ['/images/authors/../stories/secret-plan.jpg', '', 'reader', notFound],
    ['/x/../images/stories/secret-plan.jpg', '', 'reader', notFound],
    ['/_next/../images/stories/secret-plan.jpg', '', 'reader', notFound],
    ['/./images/stories/secret-plan.jpg', '', 'reader', notFound],
    ['/x/%2e%2e/images/stories/secret-plan.jpg', '', 'reader', notFound],
    ['/%69mages/stories/secret-plan.jpg', '', 'reader', notFound],
    ['/images//stories/harbour-wall.jpg', '', 'reader', redirect('/images/stories/harbour-wall.jpg')],
    ['/_next/image', optimized('/images/stories/harbour-wall.jpg'), 'reader', pass],
    ['/_next/image', optimized('/images/stories/secret-plan.jpg'), 'reader', notFound],
    ['/_next/image', optimized('/images/authors/../stories/secret-plan.jpg'), 'reader', notFound],
    ['/_next/image', optimized('/%69mages/stories/secret-plan.jpg'), 'reader', notFound],
    ['/_next/image', optimized('/%69mages/stories/harbour-wall.jpg'), 'reader', notFound],
    ['/_next/image', optimized('//images/stories/harbour-wall.jpg'), 'reader', notFound],
    ['/_next/image', optimized('https://evil.example/a.jpg'), 'reader', notFound],
    ['/_next/image', optimized('/images/stories/harbour-wall.jpg', '641'), 'reader', notFound],
    ['/_next/image', optimized('/images/stories/harbour-wall.jpg', '640', '75'), 'reader', notFound],
    ['/_next/image', optimized('/images/stories/harbour-wall.jpg', '0640'), 'reader', pass],
    [
      '/_next/image',
      `${optimized('/images/stories/harbour-wall.jpg')}&url=/images/stories/secret-plan.jpg`,
      'reader',
      notFound,
    ],
    ['/_next/image', `${optimized('/images/stories/harbour-wall.jpg')}&x=1`, 'reader', notFound],
    ['/_next/image', '?url=/images/stories/harbour-wall.jpg&w=640', 'reader', notFound],
    ['/_next/image', optimized('/images/stories/secret-plan.jpg'), 'storyLink', privateImage],
    ['/_next/image', optimized('/images/stories/other-plan.jpg'), 'storyLink', notFound],
    ['/_next/image', optimized('/images/stories/other-plan.jpg'), 'desk', privateImage],
    ['/_next/image', optimized('/logo.png'), 'reader', pass],
  ] as const)('%s%s (%s) -> %o', (path, search, asker, decision) => {
    expect(gateRequest('GET', path, search, who[asker])).toEqual(decision);
  });
});

describe('a preview grant opens what it names', () => {
  it.each([
    ['/city/secret-plan', 'storyLink', pass],
    ['/city/other-plan', 'storyLink', notFound],
    ['/preview', 'storyLink', notFound],
    ['/preview/other-plan', 'storyLink', notFound],
    ['/city/made-up', 'storyLink', notFound],
    ['/city/secret-plan', 'desk', pass],
    ['/city/other-plan', 'desk', pass],
    ['/preview', 'desk', pass],
    ['/preview/broken-draft', 'desk', pass],
    ['/city/x/../other-plan', 'storyLink', notFound],
    ['/city/x/../secret-plan', 'storyLink', redirect('/city/secret-plan')],
  ] as const)('GET %s (%s) -> %o', (target, asker, decision) => {
    expect(gateRequest('GET', target, '', who[asker])).toEqual(decision);
  });
});
