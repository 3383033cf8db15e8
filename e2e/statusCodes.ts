import { expect } from '@playwright/test';
import { headerOf, rawSend } from './rawHttp';

/**
 * What the server answers for each kind of request, written down from the demo content (and the test
 * server's LISTING_PAGE_SIZE=4, which gives the City section a second page). The production server
 * and `npm run dev` must both answer exactly this: the request gate runs in front of either.
 */
export interface ExpectedAnswer {
  method: string;
  target: string;
  status: number;
  /** The redirect target, for a 308; "GET, HEAD" for a 405's Allow header. */
  header?: string;
}

export const EXPECTED_ANSWERS: ExpectedAnswer[] = [
  { method: 'GET', target: '/', status: 200 },
  { method: 'GET', target: '/city', status: 200 },
  { method: 'GET', target: '/city/page/2', status: 200 },
  { method: 'GET', target: '/politics/tram-extension-funding-deal-agreed', status: 200 },
  { method: 'GET', target: '/topics/floods', status: 200 },
  { method: 'GET', target: '/authors/tomas-reyes-holm', status: 200 },
  { method: 'GET', target: '/corrections', status: 200 },
  { method: 'GET', target: '/search?q=harbour', status: 200 },
  { method: 'GET', target: '/sitemap.xml', status: 200 },
  { method: 'GET', target: '/feeds/rss.xml', status: 200 },
  { method: 'GET', target: '/feeds/sections/city/atom.xml', status: 200 },
  {
    method: 'GET',
    target: '/politics/line-three-funding-talks-near-deal',
    status: 308,
    header: '/politics/tram-extension-funding-deal-agreed',
  },
  {
    method: 'GET',
    target: '/POLITICS/TRAM-EXTENSION-FUNDING-DEAL-AGREED',
    status: 308,
    header: '/politics/tram-extension-funding-deal-agreed',
  },
  { method: 'GET', target: '/city/', status: 308, header: '/city' },
  { method: 'GET', target: '/city/not-a-story-at-all', status: 404 },
  { method: 'GET', target: '/no-such-section', status: 404 },
  { method: 'GET', target: '/culture/ottervane-tapestry-returns-to-city', status: 404 },
  { method: 'GET', target: '/city/page/99', status: 404 },
  { method: 'GET', target: '/topics/no-such-topic', status: 404 },
  { method: 'GET', target: '/authors/nobody-here', status: 404 },
  { method: 'GET', target: '/feeds/sections/nowhere/rss.xml', status: 404 },
  { method: 'GET', target: '/images/stories/no-such.jpg', status: 404 },
  { method: 'GET', target: '/%E0%A4%A', status: 400 },
  { method: 'GET', target: '/api/draft', status: 401 },
  { method: 'POST', target: '/', status: 405, header: 'GET, HEAD' },
  { method: 'DELETE', target: '/city', status: 405, header: 'GET, HEAD' },
  { method: 'TRACE', target: '/feeds/rss.xml', status: 405, header: 'GET, HEAD' },
  { method: 'GET', target: '/api/revalidate', status: 405 },
];

/** Asserts every expected answer from the server on this port, one request each, sent byte for byte. */
export async function expectAnswers(port: number): Promise<void> {
  for (const { method, target, status, header } of EXPECTED_ANSWERS) {
    const response = await rawSend(port, method, target);
    const label = `${method} ${target}`;
    expect(response.status, label).toBe(status);
    if (status === 308) expect(headerOf(response, 'location'), label).toMatch(new RegExp(`^(http://[^/]+)?${header}$`));
    if (status === 405 && header) expect(headerOf(response, 'allow'), label).toBe(header);
  }
}
