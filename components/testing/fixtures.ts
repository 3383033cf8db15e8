import { articleStub } from '@/lib/content/testing/articleStub';
import { livePostStub } from '@/lib/content/testing/livePostStub';
import type { Article, Author, LivePost, Section } from '@/lib/content/types';

/**
 * Literal stories, authors and sections for component tests. Every component test builds its
 * content here, so a change to the content types is adapted in this one file.
 */
export function storyFixture(overrides: Partial<Article> = {}): Article {
  return articleStub('harbour-gates-hold', {
    title: 'Storm surge floods cellars as harbour gates hold',
    dek: 'The Inner Basin gates were shut for the fourth time since they were built.',
    authors: ['ines-okafor'],
    publishedAt: new Date('2026-11-24T06:45:00Z'),
    wordCount: 620,
    readingMinutes: 3,
    ...overrides,
  });
}

export const cityFixture: Section = {
  slug: 'city',
  file: 'content/sections/city.mdx',
  title: 'City',
  description: 'News from the city.',
  order: 1,
  intro: '',
};

export const scienceFixture: Section = {
  slug: 'science',
  file: 'content/sections/science.mdx',
  title: 'Science & Environment',
  description: 'Research and the coast.',
  order: 4,
  intro: '',
};

export function authorFixture(slug: string, name: string, role: string): Author {
  return {
    slug,
    file: `content/authors/${slug}.mdx`,
    name,
    role,
    avatar: { src: `/images/authors/${slug}.jpg`, alt: `Portrait of ${name}`, width: 400, height: 400 },
    links: [],
    bio: '',
  };
}

/** A running live story (no liveUntil) in the city section. */
export function liveStoryFixture(overrides: Partial<Article> = {}): Article {
  return storyFixture({
    slug: 'storm-idris-live',
    file: 'content/articles/storm-idris-live.mdx',
    title: 'Storm Idris: live updates',
    dek: 'Gales and a surge tide along the Vessary coast, as they happen.',
    format: 'live',
    publishedAt: new Date('2026-11-28T06:00:00Z'),
    ...overrides,
  });
}

/** A published post of the live story fixture. */
export function livePostFixture(slug: string, overrides: Partial<LivePost> = {}): LivePost {
  return livePostStub('storm-idris-live', slug, {
    at: new Date('2026-11-28T09:40:00Z'),
    authors: ['ines-okafor'],
    plainText: 'Gusts of 70 mph at Gullscar Point.',
    ...overrides,
  });
}

export const inesFixture = authorFixture('ines-okafor', 'Ines Okafor', 'City editor');
export const mateoFixture = authorFixture('mateo-farrant', 'Mateo Farrant', 'Science and environment correspondent');
