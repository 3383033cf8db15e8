import type { Metadata } from 'next';
import { describe, expect, it } from 'vitest';
import { authorFixture, cityFixture } from '@/components/testing/fixtures';
import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import { listingPageMetadata } from '@/lib/listing/listingPage';
import { feedLinkTitles } from './feedLinkTitles';
import { articleMetadata, listingMetadata, liveStoryMetadata } from './pageMetadata';

const ines = authorFixture('ines-okafor', 'Ines Okafor', 'City reporter');
const fire = articleStub('harbour-cross-warehouse-fire-live', {
  title: 'Harbour Cross warehouse fire: live updates',
  format: 'live',
  publishedAt: new Date('2026-11-25T05:40:00Z'),
  modifiedAt: new Date('2026-11-25T05:40:00Z'),
});
const posts = [
  livePostStub(fire.slug, '20261125-1820', { at: new Date('2026-11-25T18:20:00Z') }),
  livePostStub(fire.slug, '20261125-0540', { at: new Date('2026-11-25T05:40:00Z') }),
];

/** The `<link rel="alternate">` titles Next.js writes from `alternates.types`. */
function feedTitles(metadata: Metadata): string[] {
  const types = (metadata.alternates?.types ?? {}) as Record<string, { title?: string }[]>;
  return Object.values(types).flatMap((links) => links.map((l) => l.title ?? ''));
}

const openGraphTime = (metadata: Metadata, key: 'modifiedTime' | 'publishedTime') =>
  (metadata.openGraph as Record<string, unknown> | undefined)?.[key];

describe('article:modified_time', () => {
  it('is a live story’s newest public post when that is later than the story’s own last change', () => {
    expect(openGraphTime(liveStoryMetadata(fire, [ines], cityFixture, 1, posts), 'modifiedTime')).toBe(
      '2026-11-25T18:20:00.000Z',
    );
    expect(openGraphTime(liveStoryMetadata(fire, [ines], cityFixture, 2, posts), 'modifiedTime')).toBe(
      '2026-11-25T18:20:00.000Z',
    );
    expect(openGraphTime(liveStoryMetadata(fire, [ines], cityFixture, 1, posts), 'publishedTime')).toBe(
      '2026-11-25T05:40:00.000Z',
    );
  });

  it('is a story’s own last update otherwise', () => {
    const revised = articleStub('flood', {
      publishedAt: new Date('2026-11-24T06:45:00Z'),
      modifiedAt: new Date('2026-11-25T07:40:00Z'),
    });
    expect(openGraphTime(articleMetadata(revised, [ines], cityFixture), 'modifiedTime')).toBe(
      '2026-11-25T07:40:00.000Z',
    );
  });
});

describe('twitter:image:alt', () => {
  it('goes with the card image of a story, a live story and a listing', () => {
    const story = articleStub('sea-wall', { title: 'Sea wall <repaired> & reopened' });
    expect(articleMetadata(story, [ines], cityFixture).twitter?.images).toEqual([
      { url: '/cards/sea-wall.png', alt: 'Sea wall <repaired> & reopened' },
    ]);
    expect(liveStoryMetadata(fire, [ines], cityFixture, 1, posts).twitter?.images).toEqual([
      { url: '/cards/harbour-cross-warehouse-fire-live.png', alt: 'Harbour Cross warehouse fire: live updates' },
    ]);
    expect(listingMetadata({ title: 'City', description: 'News.', path: '/city' }).twitter?.images).toEqual([
      { url: '/cards/default.png', alt: 'Masthead: News from Port Merrow and the Vessary coast' },
    ]);
  });
});

describe('feed link titles', () => {
  it('name what each feed holds, and the site once', () => {
    expect(feedLinkTitles.site).toBe('Masthead — all stories');
    expect(feedLinkTitles.section({ title: 'Science & Environment' })).toBe('Masthead — Science & Environment');
    expect(feedLinkTitles.author({ name: 'Ines Okafor' })).toBe('Masthead — stories by Ines Okafor');
    expect(feedLinkTitles.topic({ name: 'Harbour redevelopment' })).toBe('Masthead — Harbour redevelopment');
    expect(feedLinkTitles.live(fire)).toBe('Masthead — Harbour Cross warehouse fire: live updates');
    expect(feedLinkTitles.corrections).toBe('Masthead — corrections and clarifications');
  });

  it('are what the front page, a section page (any page of it), a story and a live story link', () => {
    const front = listingMetadata({
      title: 'Masthead',
      description: 'News.',
      path: '/',
      feed: { base: '/feeds', title: feedLinkTitles.site },
    });
    expect(feedTitles(front)).toEqual(['Masthead — all stories (RSS)', 'Masthead — all stories (Atom)']);
    const city = {
      title: 'City',
      description: 'News.',
      path: '/city',
      feed: { base: '/feeds/sections/city', title: 'Masthead — City' },
    };
    expect(feedTitles(listingPageMetadata('2', city))).toEqual(['Masthead — City (RSS)', 'Masthead — City (Atom)']);
    expect(feedTitles(articleMetadata(articleStub('sea-wall'), [ines], cityFixture))).toEqual([
      'Masthead — City (RSS)',
      'Masthead — City (Atom)',
    ]);
    expect(feedTitles(liveStoryMetadata(fire, [ines], cityFixture, 2, posts))).toEqual([
      'Masthead — Harbour Cross warehouse fire: live updates (RSS)',
      'Masthead — Harbour Cross warehouse fire: live updates (Atom)',
    ]);
  });
});
