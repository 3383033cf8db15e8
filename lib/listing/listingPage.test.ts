import { describe, expect, it } from 'vitest';
import { listingPage, listingPageMetadata } from './listingPage';

// LISTING_PAGE_SIZE is unset here: pages of 20 stories.
const stories = Array.from({ length: 45 }, (_, i) => `story-${i}`);
const meta = { title: 'City', description: 'News from the city', path: '/city' };

describe('a listing page from its URL segment', () => {
  it('gives the page asked for', () => {
    expect(listingPage(stories, undefined)).toMatchObject({ page: 1, pageCount: 3 });
    expect(listingPage(stories, '3').items).toEqual(['story-40', 'story-41', 'story-42', 'story-43', 'story-44']);
  });

  it.each(['4', '1', '02', 'x', '-1'])('is a 404 for page "%s"', (page) => {
    expect(() => listingPage(stories, page)).toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('titles page 2 onwards and makes it its own canonical', () => {
    expect(listingPageMetadata('2', meta)).toMatchObject({
      title: 'City, page 2',
      alternates: { canonical: '/city/page/2' },
    });
    expect(listingPageMetadata(undefined, meta)).toMatchObject({
      title: 'City',
      alternates: { canonical: '/city' },
    });
    expect(listingPageMetadata('x', meta)).toEqual({});
  });
});
