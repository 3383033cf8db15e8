import { describe, expect, it } from 'vitest';
import { refuseView } from './countRules';

const READER = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Mobile';
const publicStories = new Set(['harbour-wall', 'tram-fares']);

function verdict(headers: Record<string, string>, body = 'harbour-wall', preview = false) {
  return refuseView({
    headers: new Headers({ 'user-agent': READER, ...headers }),
    body,
    preview,
    isPublicStory: (slug) => publicStories.has(slug),
  });
}

describe('refuseView', () => {
  it('counts a reader on a public story', () => {
    expect(verdict({})).toBeNull();
    expect(verdict({}, 'tram-fares\n')).toBeNull();
  });

  it('honours Global Privacy Control and Do Not Track', () => {
    expect(verdict({ 'sec-gpc': '1' })).toBe('privacy-signal');
    expect(verdict({ dnt: '1' })).toBe('privacy-signal');
    expect(verdict({ dnt: '0' })).toBeNull();
  });

  it.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/150.0 Safari/537.36',
    'Mozilla/5.0 (Linux) Chrome-Lighthouse',
    'curl/8.5.0',
    'python-requests/2.32',
    'facebookexternalhit/1.1',
    '',
    '   ',
  ])('does not count a bot or tool: %j', (agent) => {
    expect(verdict({ 'user-agent': agent })).toBe('bot');
  });

  it('does not count an editor in preview, or a prefetch', () => {
    expect(verdict({}, 'harbour-wall', true)).toBe('preview');
    expect(verdict({ 'sec-purpose': 'prefetch' })).toBe('prefetch');
    expect(verdict({ purpose: 'prefetch' })).toBe('prefetch');
  });

  it("does not count a request another site's page made; the beacon's own is same-origin", () => {
    expect(verdict({ 'sec-fetch-site': 'cross-site' })).toBe('cross-site');
    expect(verdict({ 'sec-fetch-site': 'same-site' })).toBe('cross-site');
    expect(verdict({ 'sec-fetch-site': 'same-origin' })).toBeNull();
  });

  it.each([
    'made-up-word',
    'Harbour-Wall',
    'harbour-wall/../tram-fares',
    '<script>',
    '',
    'harbour-wall harbour-wall',
    'a'.repeat(500),
  ])('counts only a public story: %j is refused', (body) => {
    expect(verdict({}, body)).toBe('not-a-public-story');
  });
});
