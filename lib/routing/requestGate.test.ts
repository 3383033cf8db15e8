import { describe, expect, it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { sectionStub, viewOf } from '@/lib/content/testing/viewOf';
import { gateRequest } from './requestGate';

const story = articleStub('harbour-wall', { section: 'city', redirectFrom: ['old-wall'] });
const draft = articleStub('secret-plan', { section: 'city', status: 'draft' });
const view = viewOf(
  { articles: [story, draft], sections: [sectionStub('city')] },
  { now: new Date('2026-12-01T00:00:00Z'), preview: false },
);

describe('the request gate in front of Next.js', () => {
  it.each([
    ['GET', '/city/harbour-wall', false, { action: 'pass' }],
    ['HEAD', '/city/harbour-wall', false, { action: 'pass' }],
    ['PUT', '/city/harbour-wall', false, { action: 'method-not-allowed' }],
    ['POST', '/city/harbour-wall', false, { action: 'method-not-allowed' }],
    ['OPTIONS', '/', false, { action: 'method-not-allowed' }],
    ['POST', '/api/revalidate', false, { action: 'pass' }],
    ['GET', '/sport/old-wall', false, { action: 'redirect', location: '/city/harbour-wall' }],
    ['GET', '/City', false, { action: 'redirect', location: '/city' }],
    ['GET', '/city/no-such-story', false, { action: 'not-found' }],
    ['GET', '/city/secret-plan', false, { action: 'not-found' }],
    ['GET', '/city/secret-plan', true, { action: 'pass' }],
    ['GET', '/images/stories/x.jpg', false, { action: 'pass' }],
    ['GET', '/_next/static/chunks/app.js', false, { action: 'pass' }],
    ['GET', '/_next/image', false, { action: 'pass' }],
    ['GET', '/%2e%2e', false, { action: 'pass' }],
    ['GET', '/city/../nowhere', false, { action: 'pass' }],
    ['GET', '/city/', false, { action: 'pass' }],
    ['GET', '/nowhere/', false, { action: 'pass' }],
    ['TRACE', '/city/', false, { action: 'method-not-allowed' }],
  ] as const)('%s %s (preview %s) -> %o', (method, path, preview, decision) => {
    expect(gateRequest(method, path, preview, view)).toEqual(decision);
  });
});
