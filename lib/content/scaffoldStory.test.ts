import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './loadContent';
import { scaffoldStory } from './scaffoldStory';
import { type Fixture, makeFixture } from './testing/contentFixture';

let fx: Fixture | undefined;
afterEach(() => fx?.remove());

const now = new Date('2026-11-25T10:15:30.123Z');

describe('story scaffolding', () => {
  it('makes a slug from the headline and avoids taken ones', () => {
    const request = {
      section: 'city',
      title: 'Ferry to Éstergaard resumes: a 10% fare rise!',
      author: 'ada-vell',
      now,
    };
    expect(scaffoldStory({ ...request, taken: new Set() }).slug).toBe('ferry-to-estergaard-resumes-a-10-fare-rise');
    const taken = new Set([
      'ferry-to-estergaard-resumes-a-10-fare-rise',
      'ferry-to-estergaard-resumes-a-10-fare-rise-2',
    ]);
    expect(scaffoldStory({ ...request, taken }).slug).toBe('ferry-to-estergaard-resumes-a-10-fare-rise-3');
  });

  it('writes a draft that passes the content check', () => {
    fx = makeFixture();
    const { slug, text } = scaffoldStory({
      section: 'city',
      title: 'A "quoted" headline',
      author: 'ada-vell',
      now,
      taken: new Set(),
    });
    fs.writeFileSync(path.join(fx.contentDir, 'articles', `${slug}.mdx`), text);
    const index = loadContent({ contentDir: fx.contentDir, publicDir: fx.publicDir });
    expect(index.problems).toEqual([]);
    const story = index.articlesBySlug.get(slug)!;
    expect(story.status).toBe('draft');
    expect(story.title).toBe('A "quoted" headline');
    expect(story.publishedAt.toISOString()).toBe('2026-11-25T10:15:30.000Z');
  });
});
